import { invalid, valid, type FieldCheck } from '../../core/field-check.js';
import { parseMoney, type MoneyParseError } from '../../core/money.js';
import type { Bill } from './bill.js';

export type AmountError = MoneyParseError | 'too_small' | 'nothing_due';

export type AmountCheck = FieldCheck<number, AmountError>;

/** Whether the resident may type the amount, or must pay the amount due. */
export function amountIsFixed(bill: Bill): boolean {
  return bill.partialPayment === 'full-only';
}

/** The amount the resident would pay, checked against the bill's range and partial-payment rule. */
export function checkAmount(input: string, bill: Bill): AmountCheck {
  if (amountIsFixed(bill)) {
    return bill.amountDueCents > 0 ? valid(bill.amountDueCents) : invalid('nothing_due');
  }
  const parsed = parseMoney(input, bill.maxCents);
  if (!parsed.ok) return parsed;
  if (parsed.value < bill.minCents) return invalid('too_small');
  return parsed;
}

/** What the amount field starts with: the amount due, unless it is outside what can be paid. */
export function initialAmountCents(bill: Bill): number | undefined {
  const due = bill.amountDueCents;
  return due >= Math.max(1, bill.minCents) && due <= bill.maxCents ? due : undefined;
}
