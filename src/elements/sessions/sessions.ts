import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { SessionSummary } from '../../api/schemas.js';
import { isBillingError } from '../../api/errors.js';
import { CivicElement } from '../../core/civic-element.js';
import { SessionController } from '../../core/session-controller.js';
import { keepFocusInside } from '../../core/focus.js';
import { renderConfigProblem } from '../../core/config-problem.js';
import { commonErrorMessage } from '../../core/error-message.js';
import { loadFailure, loadingLine } from '../../core/load-states.js';
import { CivicErrorEvent } from '../../core/events.js';
import { common } from '../../core/i18n/common.js';
import { sessions as catalog, type SessionsMessages } from '../../core/i18n/sessions.js';
import type { Translate } from '../../core/i18n/catalog.js';
import { tokens, baseStyles } from '../../core/styles.js';
import { sessionsStyles } from './sessions.styles.js';
import { describeBrowser } from './describe-browser.js';
import { formatDateTime } from './format-time.js';

/** Where "Sign out everywhere else" stands: one status, not a set of flags. */
type Ending =
  | { kind: 'idle' }
  | { kind: 'confirming' }
  | { kind: 'sending' }
  | { kind: 'done'; ended: number }
  | { kind: 'failed'; error: unknown };

/**
 * @summary Where the signed-in resident is signed in: each browser's description, when it signed
 * in and was last used, which one is this browser, and "Sign out everywhere else" with a
 * confirmation and its result.
 *
 * The browser is named from the User-Agent it sent when signing in ("Firefox on Windows"); one
 * that cannot be named is shown as the text it sent, never as markup.
 *
 * @csspart base - The element's root.
 * @csspart list - The list of sessions.
 * @csspart session - One session; the current one also has the part `current`.
 * @csspart empty - Said when no other browser is signed in.
 * @csspart confirm - The confirmation asked before signing the others out.
 * @csspart status - The result of signing out the others (a polite live region, empty until then).
 * @csspart signed-out - The prompt shown when nobody is signed in.
 * @csspart loading - Shown while the sessions load.
 * @csspart error - A loading failure with Try again.
 * @csspart end-error - Why the other browsers were not signed out.
 * @csspart alert - A failure, for screen readers (an assertive live region, empty until then).
 * @csspart button - Every button.
 *
 * @cssprop [--civic-color-primary=#00558c] - Buttons.
 * @cssprop [--civic-color-success=#1e6b3a] - The result of signing out the others.
 * @cssprop [--civic-color-error=#b3261e] - Failures.
 * @cssprop [--civic-color-border=#767676] - Session and confirmation borders.
 * @cssprop [--civic-radius=4px] - Corners of panels and buttons.
 * @cssprop [--civic-spacing=1rem] - Space between parts.
 * @cssprop [--civic-focus-ring=3px solid #1a73e8] - Outline of the focused control.
 *
 * @fires civic-error - When the sessions cannot be loaded; `event.code` says why.
 * @tagname civic-sessions
 */
export class CivicSessions extends CivicElement {
  static override catalogs = [common, catalog];
  static override styles = [tokens, baseStyles, sessionsStyles];

  @state() private ending: Ending = { kind: 'idle' };

  private readonly session = new SessionController(this);

  private readonly list = new Task(this, {
    task: async ([client, signedIn], { signal }) => {
      if (!client || !signedIn) return [] as SessionSummary[];
      try {
        return ordered((await client.listSessions({ signal })).sessions);
      } catch (error) {
        if (isBillingError(error) && error.code !== 'aborted') {
          this.dispatchEvent(new CivicErrorEvent(error.code, error.message));
        }
        throw error;
      }
    },
    args: () => [this.session.billing?.client, this.session.signedIn] as const,
  });

  protected override willUpdate(): void {
    // A confirmation or a result belongs to the sign-in it was made in.
    if (!this.session.signedIn && this.ending.kind !== 'idle') this.ending = { kind: 'idle' };
  }

  private async ask(): Promise<void> {
    this.ending = { kind: 'confirming' };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="confirm"] button')?.focus();
  }

  private async cancel(): Promise<void> {
    this.ending = { kind: 'idle' };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#sign-out-others')?.focus();
  }

  private async endOthers(): Promise<void> {
    const client = this.session.billing?.client;
    if (!client || this.ending.kind !== 'confirming') return;
    this.ending = { kind: 'sending' };
    try {
      const { ended } = await client.endOtherSessions();
      // The list reloads without the others; focus, on a button now gone, goes to the heading.
      await keepFocusInside(this, () => this.list.run());
      this.ending = { kind: 'done', ended };
    } catch (error) {
      this.ending = { kind: 'failed', error };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#sign-out-others')?.focus();
    }
  }

  protected override render() {
    const config = this.config;
    const t = this.localize(catalog);
    const signedIn = config.ok && this.session.signedIn;
    return html`<section part="base" lang=${this.locale} aria-labelledby="title">
      <h2 id="title" tabindex="-1">${t('sessionsTitle')}</h2>
      ${
        !config.ok
          ? renderConfigProblem(config, this.localize(common))
          : !signedIn
            ? html`<p part="signed-out">${t('signInPrompt')}</p>`
            : this.list.render({
                initial: () => loadingLine(this.localize(common)),
                pending: () => loadingLine(this.localize(common)),
                complete: (found) => this.renderSessions(found, t),
                error: (error) =>
                  loadFailure(error, this.localize(common), () => keepFocusInside(this, () => this.list.run())),
              })
      }
      <p part="status" role="status">
        ${signedIn && this.ending.kind === 'done' ? t('signedOutOthers', this.ending.ended) : ''}
      </p>
      <p part="alert" role="alert" class="visually-hidden">${signedIn ? this.alertText(t) : ''}</p>
    </section>`;
  }

  private alertText(t: Translate<SessionsMessages>): string {
    if (this.list.status === TaskStatus.ERROR) return commonErrorMessage(this.list.error, this.localize(common));
    return this.ending.kind === 'failed' ? this.endFailure(this.ending.error, t) : '';
  }

  private endFailure(error: unknown, t: Translate<SessionsMessages>): string {
    return `${t('signOutFailed')} ${commonErrorMessage(error, this.localize(common))}`;
  }

  private renderSessions(found: SessionSummary[], t: Translate<SessionsMessages>) {
    const others = found.filter((item) => !item.current).length;
    return html`<p>${t('sessionsIntro')}</p>
      <ul part="list">
        ${found.map((item) => this.renderSession(item, t))}
      </ul>
      ${others === 0 ? html`<p part="empty">${t('onlyHere')}</p>` : this.renderEnding(others, t)}`;
  }

  private renderSession(item: SessionSummary, t: Translate<SessionsMessages>) {
    const time = (iso: string) => formatDateTime(iso, this.locale);
    return html`<li part=${item.current ? 'session current' : 'session'}>
      <p class="browser">${this.browserName(item.userAgent, t)}</p>
      ${item.current ? html`<p><strong>${t('thisBrowser')}</strong></p>` : nothing}
      <p class="when">${t('lastUsed', time(item.lastUsedAt))}</p>
      <p class="when">${t('signedInAt', time(item.createdAt))}</p>
    </li>`;
  }

  /** "Firefox on Windows"; what the browser sent when it cannot be named (as text); or "Unknown browser". */
  private browserName(userAgent: string | null, t: Translate<SessionsMessages>): string {
    if (userAgent === null) return t('unknownBrowser');
    const { browser, system } = describeBrowser(userAgent);
    if (browser && system) return t('browserOnSystem', browser, system);
    return browser ?? system ?? userAgent;
  }

  private renderEnding(others: number, t: Translate<SessionsMessages>) {
    const ending = this.ending;
    if (ending.kind === 'confirming' || ending.kind === 'sending') {
      const sending = ending.kind === 'sending';
      return html`<div
        part="confirm"
        role="group"
        aria-labelledby="confirm-question"
        @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && !sending && this.cancel()}
      >
        <p id="confirm-question">${t('confirmQuestion', others)}</p>
        <div class="actions">
          <button
            part="button"
            class="primary"
            type="button"
            aria-disabled=${sending ? 'true' : 'false'}
            @click=${this.endOthers}
          >
            ${sending ? t('signingOut') : t('confirmSignOut')}
          </button>
          <button part="button" class="secondary" type="button" ?disabled=${sending} @click=${this.cancel}>
            ${t('cancel')}
          </button>
        </div>
      </div>`;
    }
    return html`${
        ending.kind === 'failed'
          ? html`<p part="end-error" class="error">${this.endFailure(ending.error, t)}</p>`
          : nothing
      }
      <div class="actions">
        <button id="sign-out-others" part="button" class="secondary" type="button" @click=${this.ask}>
          ${t('signOutOthers')}
        </button>
      </div>`;
  }
}

/** This browser first, then the most recently used. */
function ordered(found: SessionSummary[]): SessionSummary[] {
  return [...found].sort(
    (a, b) => Number(b.current) - Number(a.current) || Date.parse(b.lastUsedAt) - Date.parse(a.lastUsedAt),
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-sessions': CivicSessions;
  }
}
