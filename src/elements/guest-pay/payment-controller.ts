import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BillingClient } from '../../api/client.js';
import { isBillingError, type BillingErrorCode, type FieldError } from '../../api/errors.js';
import type { FeeQuote, FeeQuoteRequest, Payment, PaymentRequest } from '../../api/schemas.js';
import { LatestCall } from '../../core/latest-call.js';
import type { PaymentAttempt, PaymentAttemptStore } from './payment-attempt-store.js';
import { paymentFailure } from './payment-outcome.js';

type SentAttempt = PaymentAttempt & { body: PaymentRequest };

export type FeeQuoteState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly quote: FeeQuote }
  | { readonly status: 'failed'; readonly error: unknown };

/** A payment on its way: what was sent, and the fee the resident reviewed for it. */
interface SentPayment {
  readonly attempt: SentAttempt;
  /** Unknown for a payment sent before a reload. */
  readonly quote: FeeQuote | undefined;
  /** Sent before a reload, and now asked for again with the same Idempotency-Key. */
  readonly resumed: boolean;
}

/** A payment's life. */
export type PaymentState =
  | { readonly name: 'idle' }
  | { readonly name: 'reviewing'; readonly attempt: PaymentAttempt; readonly fee: FeeQuoteState }
  | ({ readonly name: 'sending' } & SentPayment)
  /** The server may have taken it without us hearing: only "Try again" with the same key. */
  | ({ readonly name: 'in-doubt'; readonly code: BillingErrorCode } & SentPayment)
  /** Sent before a reload from a signed-in account: asked again once the resident signs in. */
  | { readonly name: 'resuming'; readonly attempt: SentAttempt }
  | { readonly name: 'done'; readonly payment: Payment }
  /** Refused: the reviewed figures stay shown until the resident moves on. */
  | ({ readonly name: 'failed'; readonly code: BillingErrorCode } & SentPayment);

export type PaymentOutcome =
  | { readonly kind: 'approved'; readonly payment: Payment }
  | { readonly kind: 'in-doubt'; readonly code: BillingErrorCode }
  | {
      readonly kind: 'refused';
      readonly code: BillingErrorCode;
      /** The API's field errors, for a refusal that names a field the resident can fix. */
      readonly fieldErrors: readonly FieldError[];
      readonly resumed: boolean;
    }
  /** Nothing was sent, or its answer no longer matters (a newer call, or the element left). */
  | { readonly kind: 'none' };

export interface PaymentEndpoint {
  client: Pick<BillingClient, 'quoteFee' | 'createPayment'>;
  store: PaymentAttemptStore;
}

/** The payment request as the element knows it; the reviewed fee is the controller's. */
export type PaymentDetails = Omit<PaymentRequest, 'expectedFeeCents'>;

const IDLE: PaymentState = { name: 'idle' };
const NONE: PaymentOutcome = { kind: 'none' };

/**
 * Owns one payment at a time: its attempt (Idempotency-Key and body, kept across reloads), the
 * fee quote and the payment call. A fee quote answered after a newer one was asked for, or after
 * the host left the page, is dropped. A payment call is never abandoned: an answer that does not
 * arrive leaves it in doubt, and it is asked for again with the same key.
 */
export class PaymentController implements ReactiveController {
  #state: PaymentState = IDLE;
  readonly #quoteCall = new LatestCall();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly endpoint: () => PaymentEndpoint | undefined,
  ) {
    host.addController(this);
  }

  get state(): PaymentState {
    return this.#state;
  }

  get sending(): boolean {
    return this.#state.name === 'sending';
  }

  get inDoubt(): boolean {
    return this.#state.name === 'in-doubt';
  }

  /** A payment sent before a reload is being checked, or waits for the resident to sign in. */
  get resuming(): boolean {
    const state = this.#state;
    return state.name === 'resuming' || ((state.name === 'sending' || state.name === 'in-doubt') && state.resumed);
  }

  /** The reviewed fee, once the server quoted it, and after that payment was sent. */
  get quote(): FeeQuote | undefined {
    const state = this.#state;
    if (state.name === 'reviewing') return state.fee.status === 'ready' ? state.fee.quote : undefined;
    return 'quote' in state ? state.quote : undefined;
  }

  get quoting(): boolean {
    const state = this.#state;
    return state.name === 'reviewing' && state.fee.status === 'loading';
  }

  /** The error that kept the fee from being quoted, for the element's message. */
  get quoteError(): unknown {
    const state = this.#state;
    return state.name === 'reviewing' && state.fee.status === 'failed' ? state.fee.error : undefined;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#quoteCall.abort();
  }

  /** Opens the review: a new attempt (a new key) and the server's fee for it. */
  async review(request: FeeQuoteRequest): Promise<FeeQuote | undefined> {
    const endpoint = this.endpoint();
    if (!endpoint || this.sending || this.inDoubt || this.#state.name === 'resuming') return undefined;
    const attempt = endpoint.store.begin();
    this.#set({ name: 'reviewing', attempt, fee: { status: 'loading' } });
    const answer = await this.#quoteCall.run((signal) => endpoint.client.quoteFee(request, { signal }));
    if (answer.status === 'stale') return undefined;
    const fee: FeeQuoteState =
      answer.status === 'ok' ? { status: 'ready', quote: answer.value } : { status: 'failed', error: answer.error };
    this.#set({ name: 'reviewing', attempt, fee });
    return answer.status === 'ok' ? answer.value : undefined;
  }

  /** Pay: the body is stored under the reviewed attempt's key before it is sent. */
  async pay(details: PaymentDetails): Promise<PaymentOutcome> {
    const endpoint = this.endpoint();
    const state = this.#state;
    if (!endpoint || state.name !== 'reviewing' || state.fee.status !== 'ready') return NONE;
    const { quote } = state.fee;
    const attempt = endpoint.store.submit(state.attempt, { ...details, expectedFeeCents: quote.feeCents });
    return this.#send(endpoint, { attempt: attempt as SentAttempt, quote, resumed: false });
  }

  /** "Try again" after a lost answer: the same key and body, so the server replays, never pays twice. */
  async retry(): Promise<PaymentOutcome> {
    const endpoint = this.endpoint();
    const state = this.#state;
    if (!endpoint || state.name !== 'in-doubt') return NONE;
    return this.#send(endpoint, state);
  }

  /**
   * A payment sent before a reload whose outcome was never seen: ask again with the same key.
   * One made from a signed-in account waits until the resident is signed in again.
   */
  async resume(signedIn: boolean): Promise<PaymentOutcome> {
    const endpoint = this.endpoint();
    if (!endpoint || this.sending || this.#state.name === 'done') return NONE;
    const attempt = endpoint.store.pending();
    if (!attempt) return NONE;
    if (attempt.body.source.kind === 'account' && !signedIn) {
      this.#set({ name: 'resuming', attempt });
      return NONE;
    }
    return this.#send(endpoint, { attempt, quote: undefined, resumed: true });
  }

  /** Back from the review, or a new bill: the reviewed key is never used. */
  cancel(): void {
    if (this.sending || this.inDoubt) return;
    this.#quoteCall.abort();
    if (this.#state.name === 'reviewing') this.endpoint()?.store.clear();
    this.#set(IDLE);
  }

  async #send(endpoint: PaymentEndpoint, { attempt, quote, resumed }: SentPayment): Promise<PaymentOutcome> {
    const sent = { attempt, quote, resumed };
    this.#set({ name: 'sending', ...sent });
    let payment: Payment;
    try {
      payment = await endpoint.client.createPayment(attempt.body, attempt.key);
    } catch (error) {
      return this.#failed(endpoint, sent, error);
    }
    endpoint.store.clear();
    this.#set({ name: 'done', payment });
    return { kind: 'approved', payment };
  }

  #failed(endpoint: PaymentEndpoint, sent: SentPayment, error: unknown): PaymentOutcome {
    const code: BillingErrorCode = isBillingError(error) ? error.code : 'network';
    if (paymentFailure(code).inDoubt) {
      this.#set({ name: 'in-doubt', code, ...sent });
      return { kind: 'in-doubt', code };
    }
    endpoint.store.clear();
    this.#set({ name: 'failed', code, ...sent });
    return {
      kind: 'refused',
      code,
      fieldErrors: isBillingError(error) ? error.fieldErrors : [],
      resumed: sent.resumed,
    };
  }

  #set(state: PaymentState): void {
    this.#state = state;
    this.host.requestUpdate();
  }
}
