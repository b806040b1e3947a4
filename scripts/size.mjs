// Prints the gzip size of every file a page loads from dist/ against its budget; exits 1 when one
// is over. Budgets are exact bytes, so a regression fails the build.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const budgets = {
  'civicpay.min.js': 35_000,
  'civicpay-consent.min.js': 12_000,
  'frame/payment-fields.js': 15_000,
};

export function measure() {
  return Object.entries(budgets).map(([file, budget]) => {
    const bytes = gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
    return { file, bytes, budget, over: bytes > budget };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = measure();
  for (const { file, bytes, budget, over } of rows) {
    const verdict = over ? 'OVER BUDGET' : 'ok';
    console.log(
      `${file.padEnd(28)} ${String(bytes).padStart(7)} B gzip  budget ${String(budget).padStart(7)} B  ${verdict}`,
    );
  }
  if (rows.some((row) => row.over)) process.exit(1);
}
