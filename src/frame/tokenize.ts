import { apiFieldNames, type FieldName } from './fields.js';
import type { TextKey } from './messages.js';
import { isTokenResult, pickToken, type TokenResult } from './protocol.js';

const TIMEOUT_MS = 15_000;

export type TokenizeOutcome =
  | { ok: true; token: TokenResult }
  | {
      ok: false;
      code: string;
      fieldErrors: Array<{ field: FieldName; key: TextKey }>;
      /** The API's Retry-After on a 429, in seconds. */
      retryAfterSeconds?: number;
    };

/** The server's error codes for one field, as the frame's message keys. */
function messageKey(field: FieldName, code: string): TextKey {
  if (code === 'brand_not_accepted') return 'cardBrandNotAccepted';
  if (code === 'unknown_brand') return 'cardBrandUnknown';
  if (code === 'expired') return 'expiryPast';
  if (code === 'too_far_ahead') return 'expiryTooFar';
  if (field === 'cardNumber' && code === 'invalid_checksum') return 'cardNumberChecksum';
  if (field === 'routingNumber' && code === 'invalid_checksum') return 'routingChecksum';
  return 'serverRejected';
}

function codeForStatus(status: number): string {
  if (status === 429) return 'rate_limited';
  if (status === 404) return 'not_found';
  if (status >= 500) return 'server_error';
  return 'http_error';
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** POSTs the details to the billing API on the frame's own origin; a plain fetch keeps the frame small. */
export async function tokenize(tenant: string, body: Record<string, unknown>): Promise<TokenizeOutcome> {
  let response: Response;
  try {
    response = await fetch(`/v1/tenants/${encodeURIComponent(tenant)}/payment-methods`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, application/problem+json' },
      body: JSON.stringify(body),
      credentials: 'omit',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return { ok: false, code: timedOut ? 'timeout' : 'network', fieldErrors: [] };
  }
  const data = await readJson(response);
  if (response.ok) {
    return isTokenResult(data)
      ? { ok: true, token: pickToken(data) }
      : { ok: false, code: 'invalid_response', fieldErrors: [] };
  }
  const problem = (typeof data === 'object' && data !== null ? data : {}) as { code?: unknown; errors?: unknown };
  const code =
    typeof problem.code === 'string' && /^[a-z_]{1,40}$/.test(problem.code)
      ? problem.code
      : codeForStatus(response.status);
  const fieldErrors = (Array.isArray(problem.errors) ? problem.errors : []).flatMap(
    (entry: { field?: unknown; code?: unknown }) => {
      const field = typeof entry?.field === 'string' ? apiFieldNames[entry.field] : undefined;
      return field ? [{ field, key: messageKey(field, String(entry.code)) }] : [];
    },
  );
  const retryAfter = Number(response.headers.get('retry-after') ?? Number.NaN);
  return { ok: false, code, fieldErrors, ...(Number.isFinite(retryAfter) ? { retryAfterSeconds: retryAfter } : {}) };
}
