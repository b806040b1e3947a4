import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { BillingErrorCode, FieldError } from '../../../../src/api/errors.js';
import type * as s from '../../../../src/api/schemas.js';
import { StorageUnavailableError } from '../storage/storage.js';
import { rawPath } from './raw-path.js';

/**
 * The codes the server answers with. `service_unavailable` (503, the database is unreachable or
 * restarting) is the server's own: a client that does not know it treats it as `server_error`.
 */
type ServerErrorCode =
  | Exclude<BillingErrorCode, 'network' | 'timeout' | 'aborted' | 'invalid_response' | 'invalid_config' | 'http_error'>
  | 'service_unavailable';

/** What a 503 asks the client to wait: about as long as a database restart takes. */
const UNAVAILABLE_RETRY_SECONDS = 5;

const titles: Record<ServerErrorCode, string> = {
  server_error: 'Something went wrong on our side',
  service_unavailable: 'The service is briefly unavailable',
  invalid_credentials: 'The user name or password is not right',
  unauthorized: 'Sign in to continue',
  rate_limited: 'Too many attempts',
  not_found: 'Not found',
  unknown_tenant: 'Unknown city or district',
  origin_not_allowed: 'This site may not make this request',
  validation: 'Some fields need attention',
  malformed_json: 'The request body is not valid JSON',
  payload_too_large: 'The request body is too large',
  lookup_failed: 'No bill matches these details',
  lookup_expired: 'This lookup has expired',
  payment_method_expired: 'The payment details have expired',
  fee_changed: 'The convenience fee has changed',
  amount_out_of_range: 'The amount is not allowed',
  bank_authorization_required: 'The bank debit authorization is required',
  method_not_allowed: 'This payment method is not accepted',
  idempotency_key_required: 'An Idempotency-Key header is required',
  idempotency_conflict: 'This Idempotency-Key was used for a different request',
  card_declined: 'The payment was declined',
  insufficient_funds: 'The payment was declined for insufficient funds',
  expired_card: 'The card has expired',
  challenge_required: 'Solve a challenge first',
  challenge_failed: 'The challenge answer is not valid',
  overpayment_not_allowed: 'The amount is more than is owed',
  reauthentication_required: 'Enter your password to make this change',
};

export interface ProblemOptions {
  detail?: string;
  errors?: FieldError[];
  retryAfterSeconds?: number;
}

/** Thrown anywhere in a handler; the error handler turns it into problem+json. */
export class ProblemError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ServerErrorCode,
    readonly options: ProblemOptions = {},
  ) {
    super(options.detail ?? titles[code]);
  }

  toBody(): s.Problem {
    const { detail, errors, retryAfterSeconds } = this.options;
    return {
      type: `urn:civicpay:problem:${this.code}`,
      title: titles[this.code],
      status: this.status,
      code: this.code,
      ...(detail === undefined ? {} : { detail }),
      ...(errors === undefined ? {} : { errors }),
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    };
  }
}

export function problemResponse(c: Context, problem: ProblemError): Response {
  const { retryAfterSeconds } = problem.options;
  if (retryAfterSeconds !== undefined) c.header('Retry-After', String(retryAfterSeconds));
  if (problem.code === 'unauthorized') c.header('WWW-Authenticate', 'Bearer');
  return c.body(JSON.stringify(problem.toBody()), problem.status, { 'Content-Type': 'application/problem+json' });
}

export const handleError: ErrorHandler = (error, c) => {
  if (error instanceof ProblemError) return problemResponse(c, error);
  if (error instanceof StorageUnavailableError) {
    console.error(`${c.req.method} ${rawPath(c)} failed: the database is unavailable`);
    return problemResponse(
      c,
      new ProblemError(503, 'service_unavailable', { retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS }),
    );
  }
  console.error(`${c.req.method} ${rawPath(c)} failed: ${error instanceof Error ? error.name : 'unknown error'}`);
  return problemResponse(c, new ProblemError(500, 'server_error'));
};

export const handleNotFound: NotFoundHandler = (c) =>
  problemResponse(c, new ProblemError(404, 'not_found', { detail: 'There is nothing at this address.' }));
