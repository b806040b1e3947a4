import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { isBillingError } from '../../api/errors.js';
import type { FeeQuote, Payment, PaymentMethodToken, Tenant } from '../../api/schemas.js';
import { AccountSelectionEvent, accountSelectionFor } from '../../core/account-selection.js';
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
import { tenantConfig } from '../../core/tenant-config.js';
import { amountIsFixed, checkAmount, initialAmountCents } from './amount-rules.js';
import { billFromAccount, billFromLookup, type Bill } from './bill.js';
import { lookupRequest, normalizeReference, normalizeZip, type BillKind } from './bill-reference.js';
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
import { attemptStoreFor, type PaymentAttempt, type PaymentAttemptStore } from './payment-attempt-store.js';
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

type Busy = 'lookup' | 'method' | 'quote' | 'pay';
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
 * @csspart status - The live region announcing work in progress.
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
  @state() private method: Method = 'card';
  @state() private bankAuthorized = false;
  @state() private touched = new Set<Field>();
  @state() private lookupFailed = false;
  @state() private bill?: Bill;
  @state() private paymentMethod?: PaymentMethodToken;
  @state() private quote?: FeeQuote;
  @state() private attempt?: PaymentAttempt;
  @state() private inDoubt = false;
  @state() private resuming = false;
  @state() private busy?: Busy;
  @state() private message?: Message;
  @state() private payment?: Payment;
  /** Payment fields are created for a method once chosen and kept, so nothing typed is lost. */
  @state() private fieldsFor = new Set<Method>();

  private focusHeadingNext = false;
  private configErrorSent = false;
  private connectedBilling?: Billing;
  private disconnectBilling?: () => void;

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
    const config = this.config;
    return config.ok ? billingFor(config.api, config.tenant) : undefined;
  }

  private get tenantInfo(): Tenant | undefined {
    return this.tenantTask.value;
  }

  private get store(): PaymentAttemptStore | undefined {
    const config = this.config;
    return config.ok ? attemptStoreFor(config.api, config.tenant) : undefined;
  }

  private get step(): Step {
    return currentStep(this.flow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.disconnectBilling?.();
    this.disconnectBilling = undefined;
    this.connectedBilling = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const config = this.config;
    if (!config.ok && !this.configErrorSent) {
      this.configErrorSent = true;
      this.dispatchEvent(new CivicErrorEvent('invalid_config', this.configProblemText()));
    }
    if (this.step === 'method' && !this.fieldsFor.has(this.method)) {
      this.fieldsFor = new Set([...this.fieldsFor, this.method]);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.connectBilling();
    if (this.focusHeadingNext) {
      this.focusHeadingNext = false;
      // After the update: moving focus blurs a field, and a blur may mark it touched.
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`section[data-step="${this.step}"] h2`)?.focus(),
      );
    }
  }

  /** Listens to the signed-in resident's "Pay now" and session of the current api and tenant. */
  private connectBilling(): void {
    const billing = this.billing;
    if (billing === this.connectedBilling) return;
    this.disconnectBilling?.();
    this.connectedBilling = billing;
    if (!billing) return;
    const selection = accountSelectionFor(billing);
    const onSelection = (event: Event) => {
      const { reason, accountId } = event as AccountSelectionEvent;
      if (reason === 'pay' && accountId) void this.payAccount(billing, accountId);
    };
    const onSession = () => this.onSessionChange(billing);
    selection.addEventListener('change', onSelection);
    billing.session.addEventListener('change', onSession);
    this.disconnectBilling = () => {
      selection.removeEventListener('change', onSelection);
      billing.session.removeEventListener('change', onSession);
    };
  }

  private onTenant(tenant: Tenant | undefined): void {
    if (!tenant) return;
    if (!tenant.paymentMethods.includes(this.method)) this.method = tenant.paymentMethods[0]!;
    this.resumePendingPayment();
  }

  // ---- Step 1: find the bill -------------------------------------------------------------

  private async findBill(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    this.touch('number', 'zip');
    const reference = normalizeReference(this.kind, this.numberInput);
    const zip = normalizeZip(this.zipInput);
    if (!reference.ok || !zip.ok) return this.focusFirstInvalid();
    const billing = this.billing;
    if (!billing) return;
    this.busy = 'lookup';
    this.message = undefined;
    try {
      const lookup = await billing.client.createLookup(lookupRequest(this.kind, reference.value, zip.value));
      this.showBill(billFromLookup(lookup), startFlow());
    } catch (error) {
      if (isBillingError(error) && error.code === 'lookup_failed') {
        this.lookupFailed = true;
        this.message = (t) => t('errorLookupFailed');
      } else {
        this.message = (_, c) => commonErrorMessage(error, c);
      }
    } finally {
      this.busy = undefined;
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
    this.goTo(showStep(flow, 'amount'));
  }

  /** `<civic-balance>`'s "Pay now" for a signed-in resident: no lookup, the account is known. */
  private async payAccount(billing: Billing, accountId: string): Promise<void> {
    if (this.busy === 'pay' || this.inDoubt || this.resuming) return;
    this.scrollIntoView({ block: 'start' });
    this.busy = 'lookup';
    this.message = undefined;
    try {
      const [account, tenant] = await Promise.all([billing.client.getAccount(accountId), tenantConfig(billing.client)]);
      const name = billing.session.customer?.displayName ?? '';
      this.payment = undefined;
      this.showBill(billFromAccount(account, tenant, name), startFlow(true));
      this.focusHeadingNext = true;
    } catch (error) {
      this.message = (_, c) => commonErrorMessage(error, c);
    } finally {
      this.busy = undefined;
    }
  }

  private onSessionChange(billing: Billing): void {
    if (billing.session.signedIn) {
      this.resumePendingPayment();
      return;
    }
    if (this.bill?.source.kind === 'account' && this.step !== 'receipt' && !this.inDoubt) {
      this.bill = undefined;
      this.goTo(startFlow());
    }
  }

  // ---- Step 2: amount and receipt email --------------------------------------------------

  private confirmAmount(event: Event): void {
    event.preventDefault();
    this.touch('amount', 'email');
    if (!this.amountCheck()?.ok || !checkReceiptEmail(this.emailInput).ok) return this.focusFirstInvalid();
    this.message = undefined;
    this.goTo(advance(this.flow));
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
    this.busy = 'method';
    this.message = undefined;
    try {
      this.paymentMethod = await fields.submit();
    } catch (error) {
      const code = paymentFieldsErrorCode(error);
      if (code === 'not_ready') this.message = (t) => t('errorFieldsNotReady');
      else if (code !== 'invalid') this.message = (_, c) => commonErrorMessage(error, c);
      return;
    } finally {
      this.busy = undefined;
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
  private async enterReview(): Promise<FeeQuote | undefined> {
    const billing = this.billing;
    const amount = this.amountCheck();
    if (!billing || !amount?.ok) return undefined;
    this.attempt = this.store?.begin();
    this.quote = undefined;
    this.bankAuthorized = false;
    this.touched = new Set([...this.touched].filter((field) => field !== 'authorization'));
    this.busy = 'quote';
    try {
      this.quote = await billing.client.quoteFee({ amountCents: amount.cents, method: this.method });
      return this.quote;
    } catch (error) {
      this.message = (_, c) => commonErrorMessage(error, c);
      return undefined;
    } finally {
      this.busy = undefined;
    }
  }

  private async submitPayment(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    if (this.inDoubt) return this.retryPayment();
    const amount = this.amountCheck();
    const email = checkReceiptEmail(this.emailInput);
    const store = this.store;
    if (!this.bill || !amount?.ok || !email.ok || !this.paymentMethod || !this.quote || !this.attempt || !store) return;
    if (this.method === 'bank' && !this.bankAuthorized) {
      this.touch('authorization');
      return this.focusFirstInvalid();
    }
    const attempt = store.submit(this.attempt, {
      source: this.bill.source,
      amountCents: amount.cents,
      paymentMethodToken: this.paymentMethod.token,
      expectedFeeCents: this.quote.feeCents,
      receiptEmail: email.email,
      bankAuthorization: this.method === 'bank',
    });
    await this.send(attempt);
  }

  /** "Try again" after a lost answer: the same key and body, so the server replays, never pays twice. */
  private async retryPayment(): Promise<void> {
    const attempt = this.store?.pending();
    if (attempt) await this.send(attempt);
  }

  private async send(attempt: PaymentAttempt): Promise<void> {
    const billing = this.billing;
    if (!billing || !attempt.body || this.busy) return;
    this.attempt = attempt;
    this.busy = 'pay';
    this.message = undefined;
    let payment: Payment;
    try {
      payment = await billing.client.createPayment(attempt.body, attempt.key);
    } catch (error) {
      this.busy = undefined;
      await this.fail(error);
      return;
    }
    this.busy = undefined;
    this.succeed(payment);
  }

  private succeed(payment: Payment): void {
    this.store?.clear();
    this.attempt = undefined;
    this.inDoubt = false;
    this.resuming = false;
    this.payment = payment;
    this.paymentMethod = undefined;
    // The frames still hold the card or bank number typed: remove them once it has been used.
    this.fieldsFor = new Set();
    this.goTo(finish(this.flow));
    const { receiptToken: _receiptToken, ...receipt } = payment;
    this.dispatchEvent(new CivicPaymentSucceededEvent(receipt));
  }

  private async fail(error: unknown): Promise<void> {
    const code = isBillingError(error) ? error.code : 'network';
    const failure = paymentFailure(code);
    if (failure.inDoubt) {
      this.inDoubt = true;
      this.message = (t) => t(failure.message);
      return;
    }
    this.store?.clear();
    this.attempt = undefined;
    this.inDoubt = false;
    if (this.resuming) {
      this.resuming = false;
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
  }

  /** A payment sent before a reload whose outcome was never seen: ask again with the same key. */
  private resumePendingPayment(): void {
    const billing = this.billing;
    const attempt = this.store?.pending();
    if (!billing || !attempt || this.busy || this.step === 'receipt') return;
    this.resuming = true;
    if (attempt.body.source.kind === 'account' && !billing.session.signedIn) {
      this.message = (t) => t('signInToCheck');
      return;
    }
    void this.send(attempt);
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
    this.goTo(startFlow());
  }

  // ---- shared ----------------------------------------------------------------------------

  private goTo(flow: Flow): void {
    this.flow = flow;
    this.focusHeadingNext = true;
  }

  private back(): void {
    if (this.busy || this.inDoubt) return;
    if (this.step === 'review') {
      this.store?.clear();
      this.attempt = undefined;
    }
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

  private configProblemText(): string {
    const config = this.config;
    const c = this.localize(common);
    if (config.ok) return '';
    return 'missing' in config ? c('configMissing', config.missing.join(', ')) : c('configInvalidApi');
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
      ${this.resuming ? nothing : stepList({ t, flow: this.flow })}
      ${
        this.resuming
          ? resumeStep({ t, canRetry: this.inDoubt && this.busy !== 'pay', onRetry: () => void this.retryPayment() })
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
      case 'method':
        return t('checkingMethod');
      case 'quote':
        return t('quoting');
      case 'pay':
        return this.resuming ? t('checkingPayment') : t('paying');
      default:
        return this.tenantTask.value || this.tenantTask.error ? '' : c('loading');
    }
  }

  private renderSection(step: Step, t: Translate<PayMessages>) {
    const reached = this.flow.steps.indexOf(step) <= this.flow.index || (step === 'method' && this.fieldsFor.size > 0);
    return stepSection({ t, flow: this.flow, step, body: reached ? this.renderStep(step, t) : nothing });
  }

  private renderStep(step: Step, t: Translate<PayMessages>) {
    const back = canGoBack(this.flow) ? { disabled: this.inDoubt, onClick: () => this.back() } : undefined;
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
          lookingUp: this.busy === 'lookup',
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
              quote: this.quote,
              payee: this.tenantInfo?.name ?? bill.displayName,
              bankAuthorized: this.bankAuthorized,
              authorizationTouched: touched.has('authorization'),
              inDoubt: this.inDoubt,
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
