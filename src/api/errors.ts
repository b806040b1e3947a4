import type { Problem } from './schemas.js';

/**
 * Stable error codes. The client's own codes come first; the rest are the `code` values the
 * billing API puts in its problem+json bodies.
 */
export const billingErrorCodes = [
  'network',
  'timeout',
  'aborted',
  'invalid_response',
  'invalid_config',
  'server_error',
  'http_error',
  'invalid_credentials',
  'unauthorized',
  'rate_limited',
  'not_found',
  'unknown_tenant',
  'origin_not_allowed',
  'validation',
  'malformed_json',
  'payload_too_large',
  'lookup_failed',
  'lookup_expired',
  'payment_method_expired',
  'fee_changed',
  'amount_out_of_range',
  'bank_authorization_required',
  'method_not_allowed',
  'idempotency_key_required',
  'idempotency_conflict',
  'card_declined',
  'insufficient_funds',
  'expired_card',
  'challenge_required',
  'challenge_failed',
  'overpayment_not_allowed',
  'reauthentication_required',
] as const;

export type BillingErrorCode = (typeof billingErrorCodes)[number];

export interface FieldError {
  field: string;
  code: string;
}

export interface BillingErrorDetails {
  status?: number;
  fieldErrors?: FieldError[];
  retryAfterSeconds?: number;
  cause?: unknown;
}

/** The one error type every billing API call rejects with. */
export class BillingError extends Error {
  readonly code: BillingErrorCode;
  readonly status: number | undefined;
  readonly fieldErrors: FieldError[];
  readonly retryAfterSeconds: number | undefined;

  constructor(code: BillingErrorCode, message: string, details: BillingErrorDetails = {}) {
    super(message, { cause: details.cause });
    this.name = 'BillingError';
    this.code = code;
    this.status = details.status;
    this.fieldErrors = details.fieldErrors ?? [];
    this.retryAfterSeconds = details.retryAfterSeconds;
  }

  /** Whether trying the same request again later may succeed. */
  get retryable(): boolean {
    return ['network', 'timeout', 'server_error', 'rate_limited'].includes(this.code);
  }
}

export function isBillingError(error: unknown): error is BillingError {
  return error instanceof BillingError;
}

export function isKnownCode(code: string): code is BillingErrorCode {
  return (billingErrorCodes as readonly string[]).includes(code);
}

/** Turns a parsed problem+json body into a BillingError, keeping unknown codes generic. */
export function problemToError(problem: Problem, retryAfterSeconds?: number): BillingError {
  const code = isKnownCode(problem.code) ? problem.code : fallbackCodeForStatus(problem.status);
  return new BillingError(code, problem.detail ?? problem.title, {
    status: problem.status,
    fieldErrors: problem.errors,
    retryAfterSeconds: retryAfterSeconds ?? problem.retryAfterSeconds,
  });
}

export function fallbackCodeForStatus(status: number): BillingErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server_error';
  return 'http_error';
}
