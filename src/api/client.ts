import ky, { HTTPError, TimeoutError, type Options } from 'ky';
import * as z from 'zod/mini';
import * as s from './schemas.js';
import { BillingError, fallbackCodeForStatus, problemToError } from './errors.js';
import * as routes from './routes.js';
import type { Route } from './routes.js';
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
  /** How challenges are solved; the built-in proof of work by default. */
  challengeProviders?: readonly ChallengeProvider[];
}

export interface CallOptions {
  signal?: AbortSignal;
}

/** Options of the calls a tenant may guard with a challenge: sign-in and guest lookup. */
export type ChallengeCallOptions = CallOptions & ChallengeOptions;

interface Request {
  /** Values for the path template's names besides `{tenant}`. */
  params?: Record<string, string>;
  json?: unknown;
  headers?: Record<string, string>;
  searchParams?: Record<string, string>;
  /** Whether to retry; by default only GET requests, which are safe to repeat. */
  retry?: boolean;
  signal?: AbortSignal;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_RETRY_LIMIT = 2;

export function createBillingClient(options: BillingClientOptions) {
  const base = checkApiUrl(options.api);
  const http = ky.create({
    prefixUrl: base,
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    throwHttpErrors: true,
    credentials: 'omit',
    headers: { accept: 'application/json, application/problem+json' },
  });

  async function call<T>(route: Route, schema: z.ZodMiniType<T> | undefined, request: Request): Promise<T> {
    const token = options.token?.();
    const [method] = route.split(' ') as [string];
    const retry: Options['retry'] =
      (request.retry ?? method === 'GET')
        ? {
            limit: options.retryLimit ?? DEFAULT_RETRY_LIMIT,
            methods: [method.toLowerCase()],
            statusCodes: [408, 429, 500, 502, 503, 504],
            retryOnTimeout: true,
            backoffLimit: 3_000,
          }
        : 0;
    let text: string;
    try {
      const response = await http(urlPath(route, request.params), {
        method,
        json: request.json,
        searchParams: request.searchParams,
        signal: request.signal,
        retry,
        headers: { ...request.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      });
      text = await response.text();
    } catch (error) {
      let billingError = await toBillingError(error, request.signal);
      if (billingError.code === 'network' && (await refusesThisOrigin())) {
        billingError = new BillingError('origin_not_allowed', refusal(), { status: 403 });
      }
      if (billingError.code === 'origin_not_allowed') tellDeveloper();
      if (token && billingError.code === 'unauthorized') options.onUnauthorized?.();
      throw billingError;
    }
    if (token) options.onAuthenticated?.();
    return parseBody(text, schema);
  }

  /** The route's path, filled in with the tenant and `params`, without the leading `/` ky's prefixUrl refuses. */
  function urlPath(route: Route, params?: Record<string, string>): string {
    const values: Record<string, string> = { tenant: options.tenant, ...params };
    return route
      .slice(route.indexOf('/') + 1)
      .replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name]!));
  }

  /**
   * A browser shows a request that CORS refused as a network failure. The tenant's configuration
   * answers a refused origin readably (403 origin_not_allowed), so one request tells the two apart.
   */
  function refusesThisOrigin(): Promise<boolean> {
    return http(urlPath(routes.getTenant), { retry: 0 }).then(
      () => false,
      async (error: unknown) => (await toBillingError(error, undefined)).code === 'origin_not_allowed',
    );
  }

  // No DOM types here: the reference server's code, which has none, type-checks this file too.
  const pageOrigin = (globalThis as { location?: { origin: string } }).location?.origin ?? 'this origin';
  const refusal = () =>
    `The billing API ${base} does not accept calls for tenant "${options.tenant}" from pages on ` +
    `${pageOrigin}: add that origin to the tenant's allowed origins.`;
  let told = false;
  /** Once per client: every element on the page would otherwise say it again. */
  function tellDeveloper(): void {
    if (!told) console.error(`civicpay: ${refusal()}`);
    told = true;
  }

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
    const challenge = await call(routes.createChallenge, s.Challenge, { signal });
    return send(await providerFor(providers, challenge).solve(challenge, signal));
  }

  return {
    tenant: options.tenant,
    api: base,
    getTenant: (o: CallOptions = {}) => call(routes.getTenant, s.Tenant, o),
    signIn: (body: s.SignInRequest, o: ChallengeCallOptions = {}) =>
      withChallenge(
        (challenge) =>
          call(routes.signIn, s.Session, { json: challenge ? { ...body, challenge } : body, signal: o.signal }),
        o,
      ),
    getSession: (o: CallOptions = {}) => call(routes.getSession, s.SessionInfo, o),
    signOut: (o: CallOptions = {}) => call(routes.signOut, undefined, o),
    listSessions: (o: CallOptions = {}) => call(routes.listSessions, s.SessionList, o),
    endOtherSessions: (o: CallOptions = {}) => call(routes.endOtherSessions, s.EndedSessions, o),
    listAccounts: (o: CallOptions = {}) => call(routes.listAccounts, s.AccountList, o),
    getAccount: (id: string, o: CallOptions = {}) => call(routes.getAccount, s.Account, { params: { id }, ...o }),
    listActivity: (id: string, cursor?: string, o: CallOptions = {}) =>
      call(routes.listActivity, s.ActivityPage, {
        params: { id },
        searchParams: cursor ? { cursor } : undefined,
        ...o,
      }),
    getProfile: (o: CallOptions = {}) => call(routes.getProfile, s.Profile, o),
    updateProfile: (body: s.ProfileUpdate, o: CallOptions = {}) =>
      call(routes.updateProfile, s.Profile, { json: body, ...o }),
    createLookup: (body: s.LookupRequest, o: ChallengeCallOptions = {}) =>
      withChallenge(
        (challenge) =>
          call(routes.createLookup, s.Lookup, { json: challenge ? { ...body, challenge } : body, signal: o.signal }),
        o,
      ),
    createPaymentMethod: (body: s.PaymentMethodRequest, o: CallOptions = {}) =>
      call(routes.createPaymentMethod, s.PaymentMethodToken, { json: body, ...o }),
    quoteFee: (body: s.FeeQuoteRequest, o: CallOptions = {}) =>
      call(routes.quoteFee, s.FeeQuote, { json: body, retry: true, ...o }),
    /** Safe to retry: the server replays the outcome for a repeated Idempotency-Key. */
    createPayment: (body: s.PaymentRequest, idempotencyKey: string, o: CallOptions = {}) =>
      call(routes.createPayment, s.Payment, {
        json: body,
        headers: { 'idempotency-key': idempotencyKey },
        retry: true,
        ...o,
      }),
    getReceipt: (confirmation: string, receiptToken: string, o: CallOptions = {}) =>
      call(routes.getReceipt, s.Receipt, {
        params: { confirmation },
        headers: { 'x-receipt-token': receiptToken },
        ...o,
      }),
    createConsentRecord: (body: s.ConsentRecordRequest, o: CallOptions = {}) =>
      call(routes.createConsentRecord, s.ConsentRecord, { json: body, ...o }),
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
