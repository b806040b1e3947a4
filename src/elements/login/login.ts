import { html, nothing } from 'lit';
import { state, query } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { isBillingError } from '../../api/errors.js';
import { CivicElement } from '../../core/civic-element.js';
import { SessionController } from '../../core/session-controller.js';
import type { SessionChangeEvent } from '../../core/session.js';
import { tenantConfig } from '../../core/tenant-config.js';
import { renderConfigProblem } from '../../core/config-problem.js';
import { deepActiveElement } from '../../core/focus.js';
import { commonErrorMessage } from '../../core/error-message.js';
import { CivicSessionExpiredEvent, CivicSignedInEvent, CivicSignedOutEvent } from '../../core/events.js';
import { common } from '../../core/i18n/common.js';
import { account, type AccountMessages } from '../../core/i18n/account.js';
import type { Translate } from '../../core/i18n/catalog.js';
import { tokens, baseStyles } from '../../core/styles.js';
import { loginStyles } from './login.styles.js';
import { ExpiryWarning } from './expiry-warning.js';
import { waitTime } from '../../core/wait-time.js';
import { WaitController } from '../../core/wait-controller.js';
import { telHref } from './tel-href.js';

type Message = { kind: 'error' | 'info'; text: string } | undefined;

/**
 * @summary Sign-in for residents: user name and password, who is signed in, sign out, and a
 * warning a minute before the session's idle expiry with a way to stay signed in.
 *
 * The password is cleared after a failed attempt (the user name is kept), so a mistyped
 * password is never resubmitted by accident. The session token stays in memory only.
 *
 * @csspart base - The element's root.
 * @csspart form - The sign-in form.
 * @csspart message - Errors and notices (a live region).
 * @csspart status - Polite announcements of sign-in and sign-out.
 * @csspart notice - The security check in progress, and how long to wait before trying again (a polite live region).
 * @csspart support - The tenant's support contact shown by "Forgot your user name or password?".
 * @csspart signed-in - Who is signed in and the Sign out button.
 * @csspart warning - The "session is about to end" alert dialog.
 * @csspart button - Every button.
 *
 * @cssprop [--civic-color-primary=#00558c] - Buttons and links.
 * @cssprop [--civic-color-error=#b3261e] - Error messages.
 * @cssprop [--civic-color-warning=#8a4b00] - The expiry warning's border.
 * @cssprop [--civic-radius=4px] - Corners of fields, buttons and panels.
 * @cssprop [--civic-spacing=1rem] - Space between parts.
 * @cssprop [--civic-focus-ring=3px solid #1a73e8] - Outline of the focused control.
 *
 * @fires civic-signed-in - After a successful sign-in; `event.customer` is who signed in.
 * @fires civic-signed-out - After the resident signs out.
 * @fires civic-session-expired - When the session ended by idle expiry or was refused by the API.
 * @tagname civic-login
 */
export class CivicLogin extends CivicElement {
  /** @internal */
  static override catalogs = [common, account];
  static override styles = [tokens, baseStyles, loginStyles];

  @state() private username = '';
  @state() private password = '';
  @state() private passwordVisible = false;
  @state() private busy = false;
  /** A challenge is being solved before the sign-in is sent. */
  @state() private checking = false;
  @state() private message: Message;
  @state() private announcement = '';
  @state() private supportOpen = false;
  @state() private missing: 'username' | 'password' | undefined;

  @query('#username') private usernameInput?: HTMLInputElement;
  @query('#password') private passwordInput?: HTMLInputElement;
  @query('#stay') private stayButton?: HTMLButtonElement;
  @query('#who') private who?: HTMLElement;

  private readonly session = new SessionController(this, (event) => this.sessionChanged(event));
  private readonly warning = new ExpiryWarning(
    this,
    () => this.session.billing?.session.expiresAt ?? 0,
    () => this.moveFocusToWarning(),
  );
  /** Where the resident was when the expiry warning took focus; Stay signed in gives it back. */
  private focusBeforeWarning: HTMLElement | undefined;
  private signInAbort: AbortController | undefined;
  private readonly wait = new WaitController(this);

  private readonly support = new Task(this, {
    task: ([client], { signal }) => {
      if (!client) return Promise.resolve(undefined);
      signal.throwIfAborted();
      return tenantConfig(client);
    },
    args: () => [this.supportOpen ? this.session.billing?.client : undefined] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.updateComplete.then(() => {
      if (this.session.signedIn) this.warning.restart();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.signInAbort?.abort();
  }

  /** Focuses the user name field, or Sign out when signed in. */
  override focus(options?: FocusOptions): void {
    const target = this.session.signedIn ? this.renderRoot.querySelector('button') : this.usernameInput;
    target?.focus(options);
  }

  private sessionChanged(event: SessionChangeEvent): void {
    const t = this.localize(account);
    switch (event.reason) {
      case 'signed-in':
      case 'extended':
        this.warning.restart();
        if (event.reason === 'extended') this.announcement = t('sessionExtended');
        break;
      case 'signed-out':
        this.warning.stop();
        break;
      case 'expired':
        this.warning.stop();
        this.message = { kind: 'info', text: t('sessionExpired') };
        this.dispatchEvent(new CivicSessionExpiredEvent());
        // The sign-in form replaces the focused Stay signed in button.
        if (this.renderRoot.contains(deepActiveElement() ?? null)) {
          void this.updateComplete.then(() => this.usernameInput?.focus());
        }
        break;
    }
  }

  private async moveFocusToWarning(): Promise<void> {
    const current = deepActiveElement();
    this.focusBeforeWarning = current === document.body ? undefined : current;
    await this.updateComplete;
    this.stayButton?.focus();
  }

  private async signIn(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const billing = this.session.billing;
    if (this.busy || this.wait.state === 'waiting' || !billing) return;
    const t = this.localize(account);
    this.missing = !this.username.trim() ? 'username' : !this.password ? 'password' : undefined;
    if (this.missing) {
      this.message = { kind: 'error', text: t(this.missing === 'username' ? 'missingUsername' : 'missingPassword') };
      await this.updateComplete;
      (this.missing === 'username' ? this.usernameInput : this.passwordInput)?.focus();
      return;
    }
    this.busy = true;
    this.message = undefined;
    this.wait.clear();
    this.signInAbort = new AbortController();
    try {
      const credentials = { username: this.username.trim(), password: this.password };
      const tenant = await tenantConfig(billing.client).catch(() => undefined);
      const customer = await billing.session.signIn(billing.client, credentials, {
        signal: this.signInAbort.signal,
        solveFirst: tenant?.challenge === 'always',
        onChallenge: () => (this.checking = true),
      });
      this.password = '';
      this.announcement = t('signedInAnnouncement', customer.displayName);
      this.dispatchEvent(new CivicSignedInEvent(customer));
      await this.updateComplete;
      this.who?.focus();
    } catch (error) {
      await this.showSignInError(error);
    } finally {
      this.busy = false;
      this.checking = false;
    }
  }

  private async showSignInError(error: unknown): Promise<void> {
    if (isBillingError(error) && error.code === 'aborted') return;
    const t = this.localize(account);
    if (isBillingError(error) && error.code === 'invalid_credentials') {
      this.message = { kind: 'error', text: t('wrongCredentials') };
      this.password = '';
      await this.updateComplete;
      this.passwordInput?.focus();
    } else if (isBillingError(error) && error.code === 'rate_limited') {
      this.wait.start(error.retryAfterSeconds);
    } else {
      this.message = { kind: 'error', text: commonErrorMessage(error, this.localize(common)) };
    }
  }

  private async signOut(): Promise<void> {
    const billing = this.session.billing;
    if (this.busy || !billing) return;
    this.busy = true;
    await billing.session.signOut(billing.client);
    this.busy = false;
    this.message = undefined;
    this.announcement = this.localize(account)('signedOutAnnouncement');
    this.dispatchEvent(new CivicSignedOutEvent());
    await this.updateComplete;
    this.usernameInput?.focus();
  }

  private async staySignedIn(): Promise<void> {
    const billing = this.session.billing;
    if (this.busy || !billing) return;
    this.busy = true;
    try {
      await billing.session.extend(billing.client);
      await this.updateComplete;
      const back = this.focusBeforeWarning?.isConnected ? this.focusBeforeWarning : this.who;
      this.focusBeforeWarning = undefined;
      back?.focus();
    } catch (error) {
      // A refused token already ended the session (the store expired it); other failures keep the warning.
      if (billing.session.signedIn)
        this.message = { kind: 'error', text: commonErrorMessage(error, this.localize(common)) };
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    const config = this.config;
    const t = this.localize(account);
    return html`<div part="base" lang=${this.locale}>
      ${
        config.ok
          ? this.session.signedIn
            ? this.renderSignedIn(t)
            : this.renderForm(t)
          : renderConfigProblem(config, this.localize(common))
      }
      <p id="message" part="message" role="alert" class=${this.message?.kind ?? ''}>${this.message?.text ?? ''}</p>
      <p part="notice" role="status">${this.noticeText(t)}</p>
      <p part="status" role="status" class="visually-hidden">${this.announcement}</p>
    </div>`;
  }

  /** The security check, or the wait the API asked for: said once, politely, never as the resident's fault. */
  private noticeText(t: Translate<AccountMessages>): string {
    if (this.checking) return this.localize(common)('securityCheck');
    if (this.wait.state === 'waiting') return t('signInWait', waitTime(this.wait.seconds, this.localize(common)));
    return this.wait.state === 'over' && !this.session.signedIn ? t('signInWaitOver') : '';
  }

  private renderSignedIn(t: Translate<AccountMessages>) {
    const name = this.session.billing?.session.customer?.displayName ?? '';
    return html`
      ${this.warning.active ? this.renderWarning(t) : nothing}
      <div part="signed-in">
        <p id="who" tabindex="-1">${t('signedInAs', name)}</p>
        <button
          part="button"
          class="secondary"
          type="button"
          aria-disabled=${this.busy ? 'true' : 'false'}
          @click=${this.signOut}
        >
          ${this.busy && !this.warning.active ? t('signingOut') : t('signOut')}
        </button>
      </div>
    `;
  }

  private renderWarning(t: Translate<AccountMessages>) {
    return html`<div
      part="warning"
      role="alertdialog"
      aria-modal="false"
      aria-labelledby="warning-title"
      aria-describedby="warning-text"
    >
      <h2 id="warning-title">${t('sessionWarningTitle')}</h2>
      <p id="warning-text">${t('sessionWarningText')}</p>
      <button
        id="stay"
        part="button"
        class="primary"
        type="button"
        aria-disabled=${this.busy ? 'true' : 'false'}
        @click=${this.staySignedIn}
      >
        ${t('staySignedIn')}
      </button>
    </div>`;
  }

  /** The typed value; once the field that was missing has one, it is no longer marked invalid. */
  private filled(field: 'username' | 'password', event: InputEvent): string {
    const value = (event.target as HTMLInputElement).value;
    if (this.missing === field && value.trim()) {
      this.missing = undefined;
      this.message = undefined;
    }
    return value;
  }

  private renderForm(t: Translate<AccountMessages>) {
    return html`<form part="form" novalidate aria-labelledby="title" @submit=${this.signIn}>
      <h2 id="title">${t('signInTitle')}</h2>
      <div>
        <label for="username">${t('usernameLabel')}</label>
        <input
          id="username"
          name="username"
          autocomplete="username"
          autocapitalize="none"
          spellcheck="false"
          aria-invalid=${this.missing === 'username' ? 'true' : 'false'}
          aria-describedby=${this.missing === 'username' ? 'message' : nothing}
          .value=${this.username}
          @input=${(e: InputEvent) => (this.username = this.filled('username', e))}
        />
      </div>
      <div>
        <label for="password">${t('passwordLabel')}</label>
        <div class="password-row">
          <input
            id="password"
            name="password"
            type=${this.passwordVisible ? 'text' : 'password'}
            autocomplete="current-password"
            autocapitalize="none"
            spellcheck="false"
            aria-invalid=${this.missing === 'password' ? 'true' : 'false'}
            aria-describedby=${this.missing === 'password' ? 'message' : nothing}
            .value=${this.password}
            @input=${(e: InputEvent) => (this.password = this.filled('password', e))}
          />
          <button
            part="button"
            class="secondary"
            type="button"
            aria-controls="password"
            aria-pressed=${this.passwordVisible ? 'true' : 'false'}
            @click=${() => (this.passwordVisible = !this.passwordVisible)}
          >
            ${t('showPassword')}
          </button>
        </div>
      </div>
      <div class="actions">
        <button
          part="button"
          class="primary"
          type="submit"
          aria-disabled=${this.busy || this.wait.state === 'waiting' ? 'true' : 'false'}
        >
          ${this.busy ? t('signingIn') : t('signIn')}
        </button>
        <button
          part="button"
          class="link"
          type="button"
          aria-expanded=${this.supportOpen ? 'true' : 'false'}
          aria-controls="support"
          @click=${() => (this.supportOpen = !this.supportOpen)}
        >
          ${t('forgotPassword')}
        </button>
      </div>
      <div id="support" ?hidden=${!this.supportOpen}>${this.supportOpen ? this.renderSupport(t) : nothing}</div>
    </form>`;
  }

  private renderSupport(t: Translate<AccountMessages>) {
    return this.support.render({
      pending: () => html`<p part="support">${this.localize(common)('loading')}</p>`,
      error: () => html`<p part="support">${t('supportUnavailable')}</p>`,
      complete: (tenant) =>
        tenant
          ? html`<div part="support">
              <p>${t('forgotPasswordHelp', tenant.name)}</p>
              <dl>
                <dt>${t('supportPhone')}</dt>
                <dd><a href=${telHref(tenant.support.phone)}>${tenant.support.phone}</a></dd>
                <dt>${t('supportEmail')}</dt>
                <dd><a href=${`mailto:${tenant.support.email}`}>${tenant.support.email}</a></dd>
                ${
                  tenant.support.hours
                    ? html`<dt>${t('supportHours')}</dt>
                        <dd>${tenant.support.hours}</dd>`
                    : nothing
                }
              </dl>
            </div>`
          : nothing,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-login': CivicLogin;
  }
}
