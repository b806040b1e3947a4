import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { PaymentMethodToken } from '../../api/schemas.js';
import { CivicElement } from '../../core/civic-element.js';
import { renderConfigProblem } from '../../core/config-problem.js';
import { common } from '../../core/i18n/common.js';
import { paymentFieldsMessages } from '../../core/i18n/payment-fields.js';
import { baseStyles, tokens } from '../../core/styles.js';
import type { FrameMessage, PaymentMethodType } from '../../frame/protocol.js';
import { FrameConnection } from './frame-connection.js';
import { PaymentFieldsError } from './payment-fields-error.js';
import { paymentFieldsStyles } from './payment-fields.styles.js';
import { readThemeTokens } from './theme-tokens.js';

const HANDSHAKE_TIMEOUT_MS = 10_000;

type Status = 'loading' | 'ready' | 'failed';

/**
 * @summary Card or bank account fields in an iframe of the billing service, so the numbers never
 * enter the host page. `submit()` returns a single-use token, brand and last 4.
 *
 * @csspart frame - The iframe of the billing service's payment form.
 * @csspart loading - The message shown until the form is ready.
 * @csspart error - The message and retry button shown when the form does not load.
 * @csspart live - The polite live region that announces the form's errors.
 *
 * @event change - Not bubbling: `complete` changed.
 *
 * @cssprop [--civic-color-primary=#00558c] - Passed to the frame: focus ring and accents.
 * @cssprop [--civic-color-text=#1b1b1b] - Passed to the frame: text.
 * @cssprop [--civic-color-error=#b3261e] - Passed to the frame: errors.
 * @cssprop [--civic-radius=4px] - Passed to the frame: field corners.
 * @cssprop [--civic-font-family=system-ui, sans-serif] - Passed to the frame (names only, no web fonts).
 * @tagname civic-payment-fields
 */
export class CivicPaymentFields extends CivicElement {
  /** @internal */
  static override catalogs = [common, paymentFieldsMessages];
  static override styles = [tokens, baseStyles, paymentFieldsStyles];

  /** `card` or `bank`; may change at any time, and what was typed for the other is kept. */
  @property({ reflect: true }) method: PaymentMethodType = 'card';

  @state() private status: Status = 'loading';
  @state() private frameHeight = 0;
  @state() private announcement = '';
  /** Changes to reload the iframe (retry). */
  @state() private attempt = 0;

  @query('iframe') private iframe?: HTMLIFrameElement;

  private isComplete = false;
  private connection?: FrameConnection;
  private timeout?: ReturnType<typeof setTimeout>;
  private focusAfterRetry = false;
  private submission?: Promise<PaymentMethodToken>;
  /** The frame URL and origin the current iframe was created for. */
  private frame?: { src: string; origin: string; configured: string };
  /** The method and language the frame was last told. */
  private configured?: string;

  /** True once the frame has answered the handshake and shows its form. */
  get ready(): boolean {
    return this.status === 'ready';
  }

  /** True while every field of the current method is valid. */
  get complete(): boolean {
    return this.isComplete;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.disconnectFrame();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected after a move: the iframe reloads, so the handshake starts over.
    if (this.frame) this.restart();
  }

  /** Moves focus to the first field inside the frame. */
  override focus(options?: FocusOptions): void {
    if (!this.ready || !this.iframe) return;
    this.iframe.focus(options);
    this.connection?.send({ type: 'focus' });
  }

  /**
   * Validates every field in the frame and, when all are valid, has the frame send them to the
   * billing API. Resolves with the token only; rejects with a {@link PaymentFieldsError}.
   */
  submit(): Promise<PaymentMethodToken> {
    if (!this.ready || !this.connection) return Promise.reject(new PaymentFieldsError('not_ready'));
    // A method or language set just before must reach the frame before the submit does.
    this.submission ??= this.updateComplete
      .then(() => {
        if (!this.ready || !this.connection) throw new PaymentFieldsError('not_ready');
        return this.connection.submit();
      })
      .finally(() => (this.submission = undefined));
    return this.submission;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const config = this.config;
    const frame = config.ok ? frameLocation(config.api, config.tenant, this.locale, this.method) : undefined;
    // The hash carries the starting method and language; later changes go over the channel.
    const frameChanged = frame?.base !== this.frame?.src.split('#')[0];
    if (frameChanged) {
      const configured = `${this.method}|${this.locale}`;
      this.frame = frame ? { src: frame.src, origin: frame.origin, configured } : undefined;
      this.restart();
    } else if (this.ready) {
      this.configureFrame();
    }
  }

  /** Tells the frame the current method and language, when either changed since it last heard. */
  private configureFrame(): void {
    const configured = `${this.method}|${this.locale}`;
    if (configured === this.configured) return;
    this.configured = configured;
    this.connection?.send({ type: 'configure', method: this.method, lang: this.locale });
  }

  private restart(): void {
    this.disconnectFrame();
    this.status = 'loading';
    this.setComplete(false);
    if (!this.frame || !this.isConnected) return;
    this.timeout = setTimeout(() => this.fail(), HANDSHAKE_TIMEOUT_MS);
  }

  private disconnectFrame(): void {
    clearTimeout(this.timeout);
    this.connection?.close();
    this.connection = undefined;
  }

  private fail(): void {
    this.disconnectFrame();
    this.status = 'failed';
    if (this.focusAfterRetry) {
      this.focusAfterRetry = false;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="error"] button')?.focus());
    }
  }

  private retry(): void {
    // Try again goes away while the frame loads; focus then goes to the fields, or to the next Try again.
    this.focusAfterRetry = this.shadowRoot!.activeElement !== null;
    this.attempt++;
    this.restart();
  }

  private onFrameLoad(): void {
    const window = this.iframe?.contentWindow;
    if (!window || !this.frame || this.status === 'failed') return;
    // A reload inside the iframe ends the old channel; greet the new document.
    this.connection?.close();
    this.status = 'loading';
    this.connection = new FrameConnection(window, this.frame.origin, readThemeTokens(this), (message) =>
      this.onFrameMessage(message),
    );
  }

  private onFrameMessage(message: Exclude<FrameMessage, { type: 'result' }>): void {
    switch (message.type) {
      case 'ready':
        clearTimeout(this.timeout);
        this.frameHeight = message.height;
        this.status = 'ready';
        this.configured = this.frame?.configured;
        this.configureFrame();
        this.setComplete(message.complete);
        if (this.focusAfterRetry) {
          this.focusAfterRetry = false;
          this.focus();
        }
        return;
      case 'unavailable':
        this.fail();
        return;
      case 'height':
        this.frameHeight = message.height;
        return;
      case 'complete':
        this.setComplete(message.complete);
        return;
      case 'announce':
        void this.announce(message.message);
        return;
      case 'enter':
        // As Enter in a native field would: submit the form this element sits in.
        this.closest('form')?.requestSubmit();
        return;
      case 'csp-violation':
        console.warn(`civicpay: the payment frame was blocked by its Content-Security-Policy (${message.directive}).`);
        return;
    }
  }

  private setComplete(complete: boolean): void {
    if (complete === this.isComplete) return;
    this.isComplete = complete;
    this.dispatchEvent(new Event('change'));
  }

  /** Empties the live region first, so the same sentence twice is announced twice. */
  private async announce(message: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    requestAnimationFrame(() => (this.announcement = message));
  }

  /**
   * The height goes through the CSSOM, not a style attribute (what styleMap writes on first
   * render), which a strict CSP without 'unsafe-inline' refuses.
   */
  protected override updated(): void {
    this.iframe?.style.setProperty('height', this.status === 'ready' ? `${this.frameHeight}px` : '');
  }

  protected override render() {
    const t = this.localize(paymentFieldsMessages);
    const tc = this.localize(common);
    const config = this.config;
    // The lang wrapper marks this element's own text when the locale comes from configure() or a provider.
    if (!config.ok || !this.frame) return html`<div lang=${this.locale}>${renderConfigProblem(config, tc)}</div>`;
    return html`<div lang=${this.locale}>
      <div part="live" class="visually-hidden" aria-live="polite">${this.announcement}</div>
      ${this.status === 'loading' ? html`<p part="loading" role="status">${t('loading')}</p>` : nothing}
      ${
        this.status === 'failed'
          ? html`<div part="error" role="alert">
              <p class="error">${t('failedToLoad')}</p>
              <button type="button" class="secondary" @click=${this.retry}>${tc('retry')}</button>
            </div>`
          : nothing
      }
      ${keyed(
        `${this.frame.src.split('#')[0]}|${this.attempt}`,
        html`<iframe
          part="frame"
          class=${this.status === 'ready' ? '' : this.status === 'loading' ? 'pending' : 'failed'}
          title=${this.method === 'bank' ? t('frameTitleBank') : t('frameTitleCard')}
          src=${this.frame.src}
          referrerpolicy="no-referrer"
          @load=${this.onFrameLoad}
        ></iframe>`,
      )}
    </div>`;
  }
}

/** The frame's URL on the billing origin; tenant, language and method sit in the hash, which never reaches a server. */
function frameLocation(api: string, tenant: string, lang: string, method: PaymentMethodType) {
  const url = new URL('frame/payment-fields.html', api.endsWith('/') ? api : `${api}/`);
  const base = url.href;
  url.hash = new URLSearchParams({ tenant, lang, method }).toString();
  return { base, src: url.href, origin: url.origin };
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-payment-fields': CivicPaymentFields;
  }
}
