import type { ProcessorOutcome } from './outcomes.js';

/** Test bank accounts with a fixed outcome; any other account at a valid routing number is approved. */
const testAccountOutcomes: Record<string, ProcessorOutcome> = {
  '000111111116': 'insufficient_funds',
};

/** The ABA checksum: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) is a multiple of 10. */
export function routingNumberValid(routing: string): boolean {
  if (!/^\d{9}$/.test(routing)) return false;
  const d = [...routing].map(Number);
  const sum = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!);
  return sum % 10 === 0;
}

export function bankOutcome(accountNumber: string): ProcessorOutcome {
  return testAccountOutcomes[accountNumber] ?? 'approved';
}
