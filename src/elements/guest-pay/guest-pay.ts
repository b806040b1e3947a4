import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { isBillingError } from '../../api/errors.js';
import type { Payment, PaymentMethodToken, Tenant } from '../../api/schemas.js';
import type { AccountSelectionEvent } from '../../core/account-selection.js';
import { billingFor, type Billing } from '../../core/billing.js';
import { CivicElement } from '../../core/civic-element.js';
import { renderConfigProblem } from '../../core/config-problem.js';
import { commonErrorMessage } from '../../core/error-message.js';
import { CivicErrorEvent, CivicPaymentFailedEvent, CivicPaymentSucceededEvent } from '../../core/events.js';
import { common, type CommonMessages } from '../../core/i18n/common.js';
import { pay, type PayMessages } from '../../core/i18n/pay.js';
import type { Translate } from '../../core/i18n/catalog.js';
import { centsToInput, formatMoney } from '../../core/money.js';
import { baseStyles, tokens } from '../../core/styles.js';
import { LatestCall } from '../../core/latest-call.js';
import { SessionController } from '../../core/session-controller.js';
import { tenantConfig } from '../../core/tenant-config.js';
import { WaitController } from '../../core/wait-controller.js';
import { waitTime } from '../../core/wait-time.js';
import { amountIsFixed, checkAmount, initialAmountCents } from './amount-rules.js';
import { billFromAccount, billFromLookup, type Bill } from './bill.js';
import { lookupRequest, normalizeReference, type BillKind } from './bill-reference.js';
import { normalizeZip } from '../../core/zip.js';
import {
  advance,
  canGoBack,
  currentStep,
  finish,
  goBack,
  returnTo,
  showStep,
  startFlow,
  type Flow,
  type Step,
} from './flow-steps.js';
import { guestPayStyles } from './guest-pay.styles.js';
import { attemptStoreFor } from './payment-attempt-store.js';
import { PaymentController, type PaymentOutcome } from './payment-controller.js';
import { paymentFieldsErrorCode, paymentFieldsTag, type PaymentFieldsElement } from './payment-fields-contract.js';
import { isDecline, paymentFailure } from './payment-outcome.js';
import { printOnly } from './print-receipt.js';
import { checkReceiptEmail } from './receipt-email.js';
import { amountStep } from './steps/amount.js';
import { findBillStep } from './steps/find-bill.js';
import { methodStep, type Method } from './steps/method.js';
import { receiptStep } from './steps/receipt.js';
import { resumeStep } from './steps/resume.js';
import { reviewStep } from './steps/review.js';
import { stepList } from './steps/step-list.js';
import { stepSection } from './steps/step-section.js';
import type { TextFieldName } from './steps/text-field.js';

/** `checking`: a challenge is being solved before the lookup is sent. */
type Busy = 'lookup' | 'checking' | 'method' | 'quote' | 'pay';
/** What the element itself waits for; the fee quote and the payment are the payment controller's. */
type OwnWork = 'lookup' | 'checking' | 'method';
type Field = TextFieldName | 'authorization';
/** Messages are kept as functions of the translator, so a language switch re-renders them. */
type Message = (t: Translate<PayMessages>, c: Translate<CommonMessages>) => string;

/**
 * @summary Pay a utility account or an invoice as a guest, or a signed-in resident's chosen
 * account, in steps: find the bill, amount, payment method, review and pay, receipt. Card and
 * bank numbers are typed into `<civic-payment-fields>`, never into the host page.
 *
 * @event civic-payment-succeeded - The payment was approved; `event.payment` is the receipt (no card or bank number).
 * @event civic-payment-failed - The payment was declined or refused; `event.code` says why.
 * @event civic-error - The element cannot work: bad `api` or `tenant`, or the billing API is unreachable.
 *
 * @csspart steps - The step indicator (an ordered list; the current step has `aria-current="step"`).
 * @csspart heading - The current step's heading, focused on every step change.
 * @csspart step - Each step's section.
 * @csspart bill - The found bill's summary.
 * @csspart review - The review summary: amount, fee, total, method.
 * @csspart receipt - The receipt, the only part printed by "Print receipt".
 * @csspart message - The flow's live region for errors.
 * @csspart status - The polite live region announcing work in progress and how long to wait before finding a bill again.
 * @csspart error - The configuration problem shown in place of the flow.
 *
 * @cssprop [--civic-color-primary=#00558c] - Buttons and the current step.
 * @cssprop [--civic-color-error=#b3261e] - Error messages and invalid fields.
 * @cssprop [--civic-color-success=#1e6b3a] - The receipt's confirmation line.
 * @tagname civic-guest-pay
 */
export class CivicGuestPay extends CivicElement {
  /** @internal */
  static override catalogs = [common, pay];
  static override styles = [tokens, baseStyles, guestPayStyles];

  @state() private flow: Flow = startFlow();
  @state() private kind: BillKind = 'account';
  @state() private numberInput = '';
  @state() private zipInput = '';
  @state() private amountInput = '';
  @state() private emailInput = '';
  /** The receipt email the billing API refused; shown as wrong until the resident changes it. */
  @state() private refusedEmail?: string;
  @state() private method: Method = 'card';
  @state() private bankAuthorized = false;
  @state() private touched = new Set<Field>();
  @state() private lookupFailed = false;
  @state() private bill?: Bill;
  @state() private paymentMethod?: PaymentMethodToken;
  @state() private working?: OwnWork;
  @state() private message?: Message;
  @state() private payment?: Payment;
  /** Payment fields are created for a method once chosen and kept, so nothing typed is lost. */
  @state() private fieldsFor = new Set<Method>();

  private focusHeadingNext = false;
  /** The bill being fetched: a guest lookup or a signed-in account's "Pay now", whichever came last. */
  private readonly billCall = new LatestCall();

  private readonly session = new SessionController(
    this,
    () => this.onSessionChange(),
    (event) => this.onAccountSelection(event),
  );

  private readonly payments = new PaymentController(this, () => {
    const config = this.config;
    return config.ok
      ? { client: billingFor(config.api, config.tenant).client, store: attemptStoreFor(config.api, config.tenant) }
      : undefined;
  });
  /** The wait the API asked for before the next lookup. */
  private readonly lookupWait = new WaitController(this);

  private tenantTask = new Task(this, {
    task: async ([api, tenant]) => (api && tenant ? tenantConfig(billingFor(api, tenant).client) : undefined),
    args: () => {
      const config = this.config;
      return config.ok ? [config.api, config.tenant] : [undefined, undefined];
    },
    onComplete: (tenant) => this.onTenant(tenant),
    onError: (error) => {
      const code = isBillingError(error) ? error.code : 'network';
      this.dispatchEvent(new CivicErrorEvent(code, commonErrorMessage(error, this.localize(common))));
    },
  });

  private get billing(): Billing | undefined {
    return this.session.billing;
  }

  private get tenantInfo(): Tenant | undefined {
    return this.tenantTask.value;
  }

  private get step(): Step {
    return currentStep(this.flow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.billCall.abort();
    this.working = undefined;
  }

  private get busy(): Busy | undefined {
    if (this.payments.sending) return 'pay';
    if (this.payments.quoting) return 'quote';
    return this.working;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.step === 'method' && !this.fieldsFor.has(this.method)) {
      this.fieldsFor = new Set([...this.fieldsFor, this.method]);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusHeadingNext) {
      this.focusHeadingNext = false;
      // After the update: moving focus blurs a field, and a blur may mark it touched.
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`section[data-step="${this.step}"] h2`)?.focus(),
      );
    }
  }

  private onAccountSelection({ reason, accountId }: AccountSelectionEvent): void {
    const billing = this.billing;
    if (billing && reason === 'pay' && accountId) void this.payAccount(billing, accountId);
  }

  private onTenant(tenant: Tenant | undefined): void {
    if (!tenant) return;
    if (!tenant.paymentMethods.includes(this.method)) this.method = tenant.paymentMethods[0]!;
    this.resumePendingPayment();
  }

  // ---- Step 1: find the bill -------------------------------------------------------------

  private async findBill(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy || this.lookupWait.state === 'waiting') return;
    this.touch('number', 'zip');
    const reference = normalizeReference(this.kind, this.numberInput);
    const zip = normalizeZip(this.zipInput);
    if (!reference.ok || !zip.ok) return this.focusFirstInvalid();
    const billing = this.billing;
    if (!billing) return;
    this.working = 'lookup';
    this.message = undefined;
    this.lookupWait.clear();
    const request = lookupRequest(this.kind, reference.value, zip.value);
    const answer = await this.billCall.run((signal) =>
      billing.client.createLookup(request, {
        signal,
        solveFirst: this.tenantInfo?.challenge === 'always',
        onChallenge: () => (this.working = 'checking'),
      }),
    );
    if (answer.status === 'stale') return;
    this.working = undefined;
    if (answer.status === 'ok') return this.showBill(billFromLookup(answer.value), startFlow());
    const { error } = answer;
    if (isBillingError(error) && error.code === 'lookup_failed') {
      this.lookupFailed = true;
      this.message = (t) => t('errorLookupFailed');
    } else if (isBillingError(error) && error.code === 'rate_limited') {
      this.lookupWait.start(error.retryAfterSeconds);
    } else {
      this.message = (_, c) => commonErrorMessage(error, c);
    }
  }

  private chooseKind(kind: BillKind): void {
    this.kind = kind;
    this.lookupFailed = false;
    this.message = undefined;
  }

  /** Shows a bill's amount step; an amount already typed for the same bill is kept. */
  private showBill(bill: Bill, flow: Flow): void {
    const sameBill = this.bill?.maskedNumber === bill.maskedNumber && this.bill.kind === bill.kind;
    if (!sameBill || this.amountInput === '') {
      const initial = initialAmountCents(bill);
      this.amountInput = initial === undefined ? '' : centsToInput(initial);
      this.touched = new Set([...this.touched].filter((field) => field !== 'amount'));
    }
    if (amountIsFixed(bill)) this.amountInput = centsToInput(bill.amountDueCents);
    this.bill = bill;
    this.paymentMethod = undefined;
    this.payments.cancel();
    this.goTo(showStep(flow, 'amount'));
  }

  /** `<civic-balance>`'s "Pay now" for a signed-in resident: no lookup, the account is known. */
  private async payAccount(billing: Billing, accountId: string): Promise<void> {
    if (this.payments.sending || this.payments.inDoubt || this.payments.resuming) return;
    this.scrollIntoView({ block: 'start' });
    this.working = 'lookup';
    this.message = undefined;
    const answer = await this.billCall.run((signal) =>
      Promise.all([billing.client.getAccount(accountId, { signal }), tenantConfig(billing.client)]),
    );
    if (answer.status === 'stale') return;
    this.working = undefined;
    if (answer.status === 'error') {
      const { error } = answer;
      this.message = (_, c) => commonErrorMessage(error, c);
      return;
    }
    const [account, tenant] = answer.value;
    const name = billing.session.customer?.displayName ?? '';
    this.payment = undefined;
    this.showBill(billFromAccount(account, tenant, name), startFlow(true));
    this.focusHeadingNext = true;
  }

  private onSessionChange(): void {
    if (this.session.signedIn) {
      this.resumePendingPayment();
      return;
    }
    if (this.bill?.source.kind === 'account' && this.step !== 'receipt' && !this.payments.inDoubt) {
      this.bill = undefined;
      this.goTo(startFlow());
    }
  }

  // ---- Step 2: amount and receipt email --------------------------------------------------

  private confirmAmount(event: Event): void {
    event.preventDefault();
    this.touch('amount', 'email');
    if (!this.amountCheck()?.ok || !this.receiptEmail().ok) return this.focusFirstInvalid();
    this.message = undefined;
    this.goTo(advance(this.flow));
  }

  private receiptEmail() {
    return checkReceiptEmail(this.emailInput, this.refusedEmail);
  }

  private amountCheck() {
    return this.bill ? checkAmount(this.amountInput, this.bill) : undefined;
  }

  // ---- Step 3: payment method ------------------------------------------------------------

  private async confirmMethod(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const fields = this.renderRoot.querySelector<PaymentFieldsElement>(`${paymentFieldsTag}[method="${this.method}"]`);
    if (!fields || typeof fields.submit !== 'function') {
      // Emptied first, so the same message on a second Continue is announced again.
      this.message = undefined;
      await this.updateComplete;
      this.message = (t) => t('errorFieldsNotReady');
      return;
    }
    this.working = 'method';
    this.message = undefined;
    try {
      this.paymentMethod = await fields.submit();
    } catch (error) {
      const code = paymentFieldsErrorCode(error);
      if (code === 'not_ready') this.message = (t) => t('errorFieldsNotReady');
      // The frame shows and announces field errors and the wait after a 429 itself.
      else if (code !== 'invalid' && code !== 'rate_limited') this.message = (_, c) => commonErrorMessage(error, c);
      return;
    } finally {
      this.working = undefined;
    }
    this.goTo(advance(this.flow));
    await this.enterReview();
  }

  private chooseMethod(method: Method): void {
    this.method = method;
    this.paymentMethod = undefined;
    this.message = undefined;
  }

  // ---- Step 4: review and pay ------------------------------------------------------------

  /** A new Idempotency-Key for what the resident is about to review, and the server's fee. */
  private async enterReview() {
    const amount = this.amountCheck();
    if (!amount?.ok) return undefined;
    this.bankAuthorized = false;
    this.touched = new Set([...this.touched].filter((field) => field !== 'authorization'));
    const quote = await this.payments.review({ amountCents: amount.value, method: this.method });
    const error = this.payments.quoteError;
    if (error) this.message = (_, c) => commonErrorMessage(error, c);
    return quote;
  }

  private async submitPayment(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    if (this.payments.inDoubt) return this.retryPayment();
    const amount = this.amountCheck();
    const email = this.receiptEmail();
    if (!this.bill || !amount?.ok || !email.ok || !this.paymentMethod) return;
    if (this.method === 'bank' && !this.bankAuthorized) {
      this.touch('authorization');
      return this.focusFirstInvalid();
    }
    this.message = undefined;
    const outcome = await this.payments.pay({
      source: this.bill.source,
      amountCents: amount.value,
      paymentMethodToken: this.paymentMethod.token,
      receiptEmail: email.value,
      bankAuthorization: this.method === 'bank',
    });
    await this.settle(outcome);
  }

  /** "Try again" after a lost answer: the controller sends the same key and body. */
  private async retryPayment(): Promise<void> {
    this.message = undefined;
    await this.settle(await this.payments.retry());
  }

  /** A payment sent before a reload whose outcome was never seen. */
  private resumePendingPayment(): void {
    if (!this.billing || this.busy || this.step === 'receipt') return;
    const asking = this.payments.resume(this.session.signedIn);
    if (this.payments.state.name === 'resuming') this.message = (t) => t('signInToCheck');
    else if (this.payments.resuming) this.message = undefined;
    void asking.then((outcome) => this.settle(outcome));
  }

  /** What the resident sees once a payment's outcome is known. */
  private async settle(outcome: PaymentOutcome): Promise<void> {
    switch (outcome.kind) {
      case 'none':
        return;
      case 'approved':
        return this.succeed(outcome.payment);
      case 'in-doubt': {
        const { message } = paymentFailure(outcome.code);
        this.message = (t) => t(message);
        return;
      }
      case 'refused':
        return this.refused(outcome);
    }
  }

  private succeed(payment: Payment): void {
    this.payment = payment;
    this.paymentMethod = undefined;
    // The frames still hold the card or bank number typed: remove them once it has been used.
    this.fieldsFor = new Set();
    this.goTo(finish(this.flow));
    const { receiptToken: _receiptToken, ...receipt } = payment;
    this.dispatchEvent(new CivicPaymentSucceededEvent(receipt));
  }

  private async refused({ code, fieldErrors, resumed }: PaymentOutcome & { kind: 'refused' }): Promise<void> {
    const failure = paymentFailure(code, fieldErrors);
    if (resumed) {
      this.message = (t) => (isDecline(code) ? `${t(failure.message)} ${t('resumedDeclined')}` : t('resumedDeclined'));
      this.dispatchEvent(new CivicPaymentFailedEvent(code));
      return;
    }
    if (code === 'fee_changed') {
      const quote = await this.enterReview();
      if (quote) this.message = (t) => t('feeChanged', formatMoney(quote.totalCents, this.locale));
      return;
    }
    this.dispatchEvent(new CivicPaymentFailedEvent(code));
    if (failure.step === 'method' || failure.step === 'find') this.paymentMethod = undefined;
    this.message = (t) => t(failure.message);
    if (failure.step === 'review') await this.enterReview();
    else this.goTo(returnTo(this.flow, failure.step));
    if (failure.field) {
      this.refusedEmail = this.emailInput.trim();
      this.touch(failure.field);
      this.focusHeadingNext = false;
      this.focusFirstInvalid();
    }
  }

  // ---- Step 5: receipt -------------------------------------------------------------------

  private startOver(): void {
    this.bill = undefined;
    this.payment = undefined;
    this.numberInput = '';
    this.zipInput = '';
    this.amountInput = '';
    this.emailInput = '';
    this.touched = new Set();
    this.fieldsFor = new Set();
    this.payments.cancel();
    this.goTo(startFlow());
  }

  // ---- shared ----------------------------------------------------------------------------

  private goTo(flow: Flow): void {
    this.flow = flow;
    this.focusHeadingNext = true;
  }

  private back(): void {
    if (this.busy || this.payments.inDoubt) return;
    if (this.step === 'review') this.payments.cancel();
    this.message = undefined;
    this.goTo(goBack(this.flow));
  }

  private touch(...fields: Field[]): void {
    if (fields.every((field) => this.touched.has(field))) return;
    this.touched = new Set([...this.touched, ...fields]);
  }

  private focusFirstInvalid(): void {
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLElement>(`section[data-step="${this.step}"] [aria-invalid="true"]`)?.focus();
    });
  }

  // ---- rendering -------------------------------------------------------------------------

  protected override render() {
    const c = this.localize(common);
    const config = this.config;
    // The content carries its language, which may be set by configure() rather than by the page.
    return html`<div lang=${this.locale}>${config.ok ? this.renderFlow(c) : renderConfigProblem(config, c)}</div>`;
  }

  private renderFlow(c: Translate<CommonMessages>) {
    const t = this.localize(pay);
    const message = this.message?.(t, c) ?? this.tenantProblem(c);
    return html`
      ${this.payments.resuming ? nothing : stepList({ t, flow: this.flow })}
      ${
        this.payments.resuming
          ? resumeStep({ t, canRetry: this.payments.inDoubt, onRetry: () => void this.retryPayment() })
          : this.flow.steps.map((step) => this.renderSection(step, t))
      }
      <div
        id="flow-message"
        class=${message ? 'message' : 'message empty'}
        part="message"
        aria-live="assertive"
        aria-atomic="true"
      >
        ${message}
      </div>
      ${
        this.tenantTask.error && !this.message
          ? html`<button type="button" class="secondary" part="retry" @click=${() => this.tenantTask.run()}>
              ${c('retry')}
            </button>`
          : nothing
      }
      <p class="status" part="status" role="status">${this.busyText(t, c)}</p>
    `;
  }

  private tenantProblem(c: Translate<CommonMessages>): string {
    return this.tenantTask.error ? commonErrorMessage(this.tenantTask.error, c) : '';
  }

  private busyText(t: Translate<PayMessages>, c: Translate<CommonMessages>): string {
    switch (this.busy) {
      case 'lookup':
        return t('lookingUp');
      case 'checking':
        return c('securityCheck');
      case 'method':
        return t('checkingMethod');
      case 'quote':
        return t('quoting');
      case 'pay':
        return this.payments.resuming ? t('checkingPayment') : t('paying');
      default:
        if (this.step === 'find' && this.lookupWait.state === 'waiting') {
          return t('lookupWait', waitTime(this.lookupWait.seconds, c));
        }
        if (this.step === 'find' && this.lookupWait.state === 'over') return t('lookupWaitOver');
        return this.tenantTask.value || this.tenantTask.error ? '' : c('loading');
    }
  }

  private renderSection(step: Step, t: Translate<PayMessages>) {
    const reached = this.flow.steps.indexOf(step) <= this.flow.index || (step === 'method' && this.fieldsFor.size > 0);
    return stepSection({ t, flow: this.flow, step, body: reached ? this.renderStep(step, t) : nothing });
  }

  private renderStep(step: Step, t: Translate<PayMessages>) {
    const back = canGoBack(this.flow) ? { disabled: this.payments.inDoubt, onClick: () => this.back() } : undefined;
    const { bill, locale, touched } = this;
    const onTouch = (field: TextFieldName) => this.touch(field);
    switch (step) {
      case 'find':
        return findBillStep({
          t,
          kind: this.kind,
          number: this.numberInput,
          zip: this.zipInput,
          touched,
          lookupFailed: this.lookupFailed,
          lookingUp: this.busy === 'lookup' || this.busy === 'checking',
          waiting: this.lookupWait.state === 'waiting',
          onSubmit: (event) => void this.findBill(event),
          onChooseKind: (kind) => this.chooseKind(kind),
          onNumberInput: (value) => ((this.numberInput = value), (this.lookupFailed = false)),
          onZipInput: (value) => ((this.zipInput = value), (this.lookupFailed = false)),
          onTouch,
        });
      case 'amount':
        return bill
          ? amountStep({
              t,
              locale,
              bill,
              amount: this.amountInput,
              email: this.emailInput,
              refusedEmail: this.refusedEmail,
              touched,
              back,
              onSubmit: (event) => this.confirmAmount(event),
              onAmountInput: (value) => (this.amountInput = value),
              onEmailInput: (value) => (this.emailInput = value),
              onTouch,
            })
          : nothing;
      case 'method': {
        const config = this.config;
        return methodStep({
          t,
          locale,
          api: config.ok ? config.api : '',
          tenant: config.ok ? config.tenant : '',
          allowed: this.tenantInfo?.paymentMethods ?? ['card'],
          method: this.method,
          fieldsFor: this.fieldsFor,
          checking: this.busy === 'method',
          back,
          onSubmit: (event) => void this.confirmMethod(event),
          onChooseMethod: (method) => this.chooseMethod(method),
        });
      }
      case 'review':
        return bill && this.paymentMethod
          ? reviewStep({
              t,
              locale,
              bill,
              paymentMethod: this.paymentMethod,
              amount: this.amountInput,
              email: this.emailInput,
              quote: this.payments.quote,
              payee: this.tenantInfo?.name ?? bill.displayName,
              bankAuthorized: this.bankAuthorized,
              authorizationTouched: touched.has('authorization'),
              inDoubt: this.payments.inDoubt,
              quoting: this.busy === 'quote',
              paying: this.busy === 'pay',
              back,
              onSubmit: (event) => void this.submitPayment(event),
              onBankAuthorized: (checked) => (this.bankAuthorized = checked),
              onBack: () => this.back(),
              onRetryQuote: () => void this.enterReview(),
            })
          : nothing;
      case 'receipt':
        return this.payment
          ? receiptStep({
              t,
              locale,
              payment: this.payment,
              onPrint: () => printOnly(this),
              onPayAnother: () => this.startOver(),
            })
          : nothing;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-guest-pay': CivicGuestPay;
  }
}
