// Turns the visits' timings into the printed table.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** "575 ms (512–690)": median, then the fastest and slowest visit. */
export function summary(values) {
  const ms = (value) => Math.round(value).toLocaleString('en-US');
  return `${ms(median(values))} ms (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;
}

export function table(header, rows) {
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  const line = (row) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}
