import type { BillingClient, ChallengeCallOptions } from '../api/client.js';
import type { Customer, SessionInfo, SignInRequest } from '../api/schemas.js';

export type SessionChangeReason = 'signed-in' | 'signed-out' | 'expired' | 'extended';

export class SessionChangeEvent extends Event {
  constructor(readonly reason: SessionChangeReason) {
    super('change');
  }
}

/**
 * The signed-in resident for one billing API and tenant, shared by every element on the page.
 * The bearer token lives only in this object's memory: never in storage or a cookie.
 */
export class SessionStore extends EventTarget {
  #token: string | undefined;
  #customer: Customer | undefined;
  #expiresAt = 0;
  #idleTimeoutMs = 0;
  #expiryTimer: ReturnType<typeof setTimeout> | undefined;

  get signedIn(): boolean {
    return this.#token !== undefined;
  }

  get customer(): Customer | undefined {
    return this.#customer;
  }

  /** When the session ends if nothing else happens, in epoch milliseconds; 0 when signed out. */
  get expiresAt(): number {
    return this.#expiresAt;
  }

  /** For the billing client only. */
  bearerToken(): string | undefined {
    return this.#token;
  }

  async signIn(
    client: BillingClient,
    credentials: SignInRequest,
    options: ChallengeCallOptions = {},
  ): Promise<Customer> {
    const session = await client.signIn(credentials, options);
    this.#token = session.token;
    this.#customer = session.customer;
    this.#schedule(session);
    this.#notify('signed-in');
    return session.customer;
  }

  /** Ends the session here even when the API cannot be reached. */
  async signOut(client: BillingClient): Promise<void> {
    if (!this.signedIn) return;
    try {
      await client.signOut();
    } catch {
      // The token is forgotten either way; the server's idle expiry ends it there.
    } finally {
      this.#end('signed-out');
    }
  }

  /** "Stay signed in": asks the API, which slides the idle expiry. */
  async extend(client: BillingClient): Promise<void> {
    const info = await client.getSession();
    this.#schedule(info);
    this.#notify('extended');
  }

  /** Any authenticated call slid the server's idle expiry; follow it here. */
  touch(): void {
    if (!this.signedIn) return;
    this.#scheduleAt(Date.now() + this.#idleTimeoutMs);
  }

  expire(): void {
    if (this.signedIn) this.#end('expired');
  }

  #schedule(info: SessionInfo): void {
    this.#idleTimeoutMs = info.idleTimeoutSeconds * 1000;
    this.#scheduleAt(Date.parse(info.expiresAt));
  }

  #scheduleAt(expiresAt: number): void {
    this.#expiresAt = expiresAt;
    clearTimeout(this.#expiryTimer);
    this.#expiryTimer = setTimeout(() => this.expire(), Math.max(0, expiresAt - Date.now()));
  }

  #end(reason: SessionChangeReason): void {
    clearTimeout(this.#expiryTimer);
    this.#token = undefined;
    this.#customer = undefined;
    this.#expiresAt = 0;
    this.#notify(reason);
  }

  #notify(reason: SessionChangeReason): void {
    this.dispatchEvent(new SessionChangeEvent(reason));
  }
}
