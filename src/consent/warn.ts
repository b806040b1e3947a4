const warned = new Set<string>();

/** Logs a configuration mistake once per page, however often the page repeats it. */
export function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(message);
}
