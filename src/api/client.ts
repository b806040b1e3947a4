import ky, { HTTPError, TimeoutError, type Options } from 'ky';
import * as z from 'zod/mini';
import * as s from './schemas.js';
import { BillingError, fallbackCodeForStatus, problemToError } from './errors.js';
import { providerFor, type ChallengeOptions, type ChallengeProvider } from './challenge.js';
import { proofOfWork } from './proof-of-work.js';

export interface BillingClientOptions {
  /** Base URL of the billing API, http(s) only. */
  api: string;
  tenant: string;
  /** The signed-in resident's bearer token, read on every call. */
  token?: () => string | undefined;
  /** Per-attempt timeout. */
  timeoutMs?: number;
  /** Retries for safe methods and for payments with an Idempotency-Key. */
  retryLimit?: number;
  /** Called after a call that sent the bearer token succeeded (the server slid the idle expiry). */
  onAuthenticated?: () => void;
  /** Called when the API refused the bearer token: the session is over. */
  onUnauthorized?: () => void;
  /** Who answers the API's challenges; the SHA-256 proof of work when not given. */
  challengeProviders?: readonly ChallengeProvider[];
}

export interface CallOptions {
  signal?: AbortSignal;
}

/** Options of the calls a tenant may guard with a challenge: sign-in and guest lookup. */
export type ChallengeCallOptions = CallOptions & ChallengeOptions;

type Method = 'get' | 'post' | 'patch' | 'delete';

interface Request<T> {
  method: Method;
  path: string;
  schema: z.ZodMiniType<T> | undefined;
  json?: unknown;
  headers?: Record<string, string>;
  searchParams?: Record<string, string>;
  retry?: boolean;
  signal?: AbortSignal;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_RETRY_LIMIT = 2;

export function createBillingClient(options: BillingClientOptions) {
  const base = checkApiUrl(options.api);
  const tenant = encodeURIComponent(options.tenant);
  const http = ky.create({
    prefixUrl: base,
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    throwHttpErrors: true,
    credentials: 'omit',
    headers: { accept: 'application/json, application/problem+json' },
  });

  async function call<T>(request: Request<T>): Promise<T> {
    const token = options.token?.();
    const retry: Options['retry'] = request.retry
      ? {
          limit: options.retryLimit ?? DEFAULT_RETRY_LIMIT,
          methods: [request.method],
          statusCodes: [408, 429, 500, 502, 503, 504],
          retryOnTimeout: true,
          backoffLimit: 3_000,
        }
      : 0;
    let text: string;
    try {
      const response = await http(request.path.replace(/^\//, ''), {
        method: request.method,
        json: request.json,
        searchParams: request.searchParams,
        signal: request.signal,
        retry,
        headers: { ...request.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      });
      text = await response.text();
    } catch (error) {
      const billingError = await toBillingError(error, request.signal);
      if (token && billingError.code === 'unauthorized') options.onUnauthorized?.();
      throw billingError;
    }
    if (token) options.onAuthenticated?.();
    return parseBody(text, request.schema);
  }

  const tenantPath = `/v1/tenants/${tenant}`;
  const safe = true;
  const providers = options.challengeProviders ?? [proofOfWork];

  /**
   * Sends a request the tenant may guard with a challenge. Refused with `challenge_required`
   * (or told to solve first), it fetches a challenge, solves it and sends the answer once.
   */
  async function withChallenge<T>(
    send: (challenge?: s.ChallengeAnswer) => Promise<T>,
    { signal, solveFirst, onChallenge }: ChallengeCallOptions,
  ): Promise<T> {
    if (!solveFirst) {
      try {
        return await send();
      } catch (error) {
        if (!(error instanceof BillingError && error.code === 'challenge_required')) throw error;
      }
    }
    onChallenge?.();
    const challenge = await call({ method: 'post', path: `${tenantPath}/challenges`, schema: s.Challenge, signal });
    return send(await providerFor(providers, challenge).solve(challenge, signal));
  }

  return {
    tenant: options.tenant,
    api: base,
    getTenant: (o: CallOptions = {}) => call({ method: 'get', path: tenantPath, schema: s.Tenant, retry: safe, ...o }),
    signIn: (body: s.SignInRequest, o: ChallengeCallOptions = {}) =>
      withChallenge(
        (challenge) =>
          call({
            method: 'post',
            path: `${tenantPath}/sessions`,
            schema: s.Session,
            json: challenge ? { ...body, challenge } : body,
            signal: o.signal,
          }),
        o,
      ),
    getSession: (o: CallOptions = {}) =>
      call({ method: 'get', path: '/v1/sessions/current', schema: s.SessionInfo, retry: safe, ...o }),
    signOut: (o: CallOptions = {}) => call({ method: 'delete', path: '/v1/sessions/current', schema: undefined, ...o }),
    listSessions: (o: CallOptions = {}) =>
      call({ method: 'get', path: '/v1/sessions', schema: s.SessionList, retry: safe, ...o }),
    endOtherSessions: (o: CallOptions = {}) =>
      call({ method: 'delete', path: '/v1/sessions/others', schema: s.EndedSessions, ...o }),
    listAccounts: (o: CallOptions = {}) =>
      call({ method: 'get', path: '/v1/accounts', schema: s.AccountList, retry: safe, ...o }),
    getAccount: (id: string, o: CallOptions = {}) =>
      call({ method: 'get', path: `/v1/accounts/${encodeURIComponent(id)}`, schema: s.Account, retry: safe, ...o }),
    listActivity: (id: string, cursor?: string, o: CallOptions = {}) =>
      call({
        method: 'get',
        path: `/v1/accounts/${encodeURIComponent(id)}/activity`,
        schema: s.ActivityPage,
        searchParams: cursor ? { cursor } : undefined,
        retry: safe,
        ...o,
      }),
    getProfile: (o: CallOptions = {}) =>
      call({ method: 'get', path: '/v1/profile', schema: s.Profile, retry: safe, ...o }),
    updateProfile: (body: s.ProfileUpdate, o: CallOptions = {}) =>
      call({ method: 'patch', path: '/v1/profile', schema: s.Profile, json: body, ...o }),
    createLookup: (body: s.LookupRequest, o: ChallengeCallOptions = {}) =>
      withChallenge(
        (challenge) =>
          call({
            method: 'post',
            path: `${tenantPath}/lookups`,
            schema: s.Lookup,
            json: challenge ? { ...body, challenge } : body,
            signal: o.signal,
          }),
        o,
      ),
    createPaymentMethod: (body: s.PaymentMethodRequest, o: CallOptions = {}) =>
      call({ method: 'post', path: `${tenantPath}/payment-methods`, schema: s.PaymentMethodToken, json: body, ...o }),
    quoteFee: (body: s.FeeQuoteRequest, o: CallOptions = {}) =>
      call({ method: 'post', path: `${tenantPath}/fee-quotes`, schema: s.FeeQuote, json: body, retry: safe, ...o }),
    /** Safe to retry: the server replays the outcome for a repeated Idempotency-Key. */
    createPayment: (body: s.PaymentRequest, idempotencyKey: string, o: CallOptions = {}) =>
      call({
        method: 'post',
        path: `${tenantPath}/payments`,
        schema: s.Payment,
        json: body,
        headers: { 'idempotency-key': idempotencyKey },
        retry: safe,
        ...o,
      }),
    getReceipt: (confirmation: string, receiptToken: string, o: CallOptions = {}) =>
      call({
        method: 'get',
        path: `/v1/payments/${encodeURIComponent(confirmation)}`,
        schema: s.Receipt,
        headers: { 'x-receipt-token': receiptToken },
        retry: safe,
        ...o,
      }),
    createConsentRecord: (body: s.ConsentRecordRequest, o: CallOptions = {}) =>
      call({ method: 'post', path: `${tenantPath}/consent-records`, schema: s.ConsentRecord, json: body, ...o }),
  };
}

export type BillingClient = ReturnType<typeof createBillingClient>;

/** Accepts only absolute http(s) URLs; returns the URL with one trailing slash. */
export function checkApiUrl(api: string): string {
  let url: URL;
  try {
    url = new URL(api);
  } catch {
    throw new BillingError('invalid_config', `The billing API URL "${api}" is not a valid URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new BillingError('invalid_config', `The billing API URL must use http or https, not ${url.protocol}`);
  }
  if (url.username || url.password) {
    throw new BillingError('invalid_config', 'The billing API URL must not carry a user name or password.');
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function parseBody<T>(text: string, schema: z.ZodMiniType<T> | undefined): T {
  if (!schema) return undefined as T;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new BillingError('invalid_response', 'The billing API sent a response that is not JSON.', { cause });
  }
  const result = z.safeParse(schema, data);
  if (!result.success) {
    throw new BillingError('invalid_response', 'The billing API sent a response of an unexpected shape.', {
      cause: result.error,
    });
  }
  return result.data;
}

async function toBillingError(error: unknown, signal: AbortSignal | undefined): Promise<BillingError> {
  if (error instanceof BillingError) return error;
  if (signal?.aborted || (error instanceof DOMException && error.name === 'AbortError')) {
    return new BillingError('aborted', 'The request was cancelled.', { cause: error });
  }
  if (error instanceof TimeoutError) {
    // No cause from ky's errors: their request holds the Authorization header.
    return new BillingError('timeout', 'The billing API did not answer in time.');
  }
  if (error instanceof HTTPError) {
    const { status, headers } = error.response;
    const retryAfter = parseRetryAfter(headers.get('retry-after'));
    const problem = z.safeParse(s.Problem, await readJson(error.response));
    if (problem.success) return problemToError(problem.data, retryAfter);
    return new BillingError(fallbackCodeForStatus(status), `The billing API answered ${status}.`, {
      status,
      retryAfterSeconds: retryAfter,
    });
  }
  if (error instanceof TypeError) {
    return new BillingError('network', 'The billing API could not be reached.', { cause: error });
  }
  return new BillingError('network', 'The request to the billing API failed.', { cause: error });
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
