import { validateRoutingNumber } from '../../../../src/frame/validators/routing-number.js';
import type { ProcessorOutcome } from './outcomes.js';

/** Test bank accounts with a fixed outcome; any other account at a valid routing number is approved. */
const testAccountOutcomes: Record<string, ProcessorOutcome> = {
  '000111111116': 'insufficient_funds',
};

/** The payment frame's rule: a known Federal Reserve prefix and the ABA checksum. */
export function routingNumberValid(routing: string): boolean {
  return validateRoutingNumber(routing).ok;
}

export function bankOutcome(accountNumber: string): ProcessorOutcome {
  return testAccountOutcomes[accountNumber] ?? 'approved';
}
