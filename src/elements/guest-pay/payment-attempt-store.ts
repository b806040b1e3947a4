import type { PaymentRequest } from '../../api/schemas.js';

/**
 * One payment attempt: its Idempotency-Key, and once Pay is pressed, the exact request body.
 *
 * What is kept, in sessionStorage (this tab only, gone when it closes), and why: the server
 * replays a stored outcome only for the same key AND the same body, so finding the outcome
 * after a reload needs both. The body holds no card or bank number (the page never sees one):
 * only the single-use payment-method token, the short-lived lookup token or the account id,
 * the amount, the reviewed fee and the optional receipt email. Both tokens can do nothing but
 * pay this bill to the city once, and expire within minutes. The entry is removed as soon as
 * the outcome is known.
 */
export interface PaymentAttempt {
  key: string;
  /** Set when Pay is pressed; an attempt without a body was only reviewed, never sent. */
  body?: PaymentRequest;
}

const PREFIX = 'civicpay.payment-attempt:';

export class PaymentAttemptStore {
  readonly #storageKey: string;
  readonly #storage: Storage | undefined;
  #memory: PaymentAttempt | undefined;

  constructor(api: string, tenant: string, storage: Storage | undefined = sessionStorageOrNothing()) {
    this.#storageKey = `${PREFIX}${api}|${tenant}`;
    this.#storage = storage;
  }

  /** A new attempt with a fresh key, replacing any earlier one: called when review is shown. */
  begin(): PaymentAttempt {
    return this.#save({ key: crypto.randomUUID() });
  }

  /** Records the body about to be sent under the attempt's key, before it is sent. */
  submit(attempt: PaymentAttempt, body: PaymentRequest): PaymentAttempt {
    return this.#save({ key: attempt.key, body });
  }

  /** A payment that was sent but whose outcome was never seen, as after a reload. */
  pending(): (PaymentAttempt & { body: PaymentRequest }) | undefined {
    const attempt = this.#load();
    if (attempt?.body) return attempt as PaymentAttempt & { body: PaymentRequest };
    if (attempt) this.clear();
    return undefined;
  }

  /** The outcome is known (approved, declined, refused): the key must not be used again. */
  clear(): void {
    this.#memory = undefined;
    try {
      this.#storage?.removeItem(this.#storageKey);
    } catch {
      // Storage unavailable: the memory copy is already gone.
    }
  }

  #save(attempt: PaymentAttempt): PaymentAttempt {
    this.#memory = attempt;
    try {
      this.#storage?.setItem(this.#storageKey, JSON.stringify(attempt));
    } catch {
      // Private mode or a full quota: the attempt still protects against double payment in memory.
    }
    return attempt;
  }

  #load(): PaymentAttempt | undefined {
    if (this.#memory) return this.#memory;
    try {
      const text = this.#storage?.getItem(this.#storageKey);
      const parsed: unknown = text ? JSON.parse(text) : undefined;
      if (isAttempt(parsed)) return (this.#memory = parsed);
    } catch {
      // Unreadable entry: treat as none.
    }
    return undefined;
  }
}

function isAttempt(value: unknown): value is PaymentAttempt {
  if (!value || typeof value !== 'object') return false;
  const { key, body } = value as Record<string, unknown>;
  return (
    typeof key === 'string' && key.length >= 8 && (body === undefined || (typeof body === 'object' && body !== null))
  );
}

const stores = new Map<string, PaymentAttemptStore>();

/**
 * One store per billing API and tenant for the page, so the in-memory fallback (when
 * sessionStorage is blocked) still holds the attempt when "Try again" asks for it.
 */
export function attemptStoreFor(api: string, tenant: string): PaymentAttemptStore {
  const key = `${api}|${tenant}`;
  let store = stores.get(key);
  if (!store) {
    store = new PaymentAttemptStore(api, tenant);
    stores.set(key, store);
  }
  return store;
}

function sessionStorageOrNothing(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}
