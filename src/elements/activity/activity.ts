import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { ActivityItem, ActivityPage } from '../../api/schemas.js';
import { CivicElement } from '../../core/civic-element.js';
import { SessionController } from '../../core/session-controller.js';
import { keepFocusInside } from '../../core/focus.js';
import { renderConfigProblem } from '../../core/config-problem.js';
import { commonErrorMessage } from '../../core/error-message.js';
import { loadFailure } from '../../core/load-states.js';
import { formatMoney } from '../../core/money.js';
import { formatDate } from '../../core/locale.js';
import { common } from '../../core/i18n/common.js';
import { account as catalog, type AccountMessages } from '../../core/i18n/account.js';
import type { Translate } from '../../core/i18n/catalog.js';
import { tokens, baseStyles } from '../../core/styles.js';
import { activityStyles } from './activity.styles.js';
import { newestFirst } from './newest-first.js';

/** Rows revealed per "Show more", however many the API sent in one page. */
const ROWS_PER_STEP = 10;
const SKELETON_ROWS = 5;

/**
 * @summary Bills, payments and adjustments of the account chosen in `<civic-balance>`, newest
 * first, with "Show more" pagination.
 *
 * A page the API sends is revealed ten rows at a time, so even a huge page renders quickly.
 *
 * @csspart base - The element's root.
 * @csspart list - The list of activity rows.
 * @csspart row - One bill, payment or adjustment.
 * @csspart more - The Show more button.
 * @csspart signed-out - The prompt shown when nobody is signed in.
 * @csspart no-account - Shown when no account is chosen.
 * @csspart empty - Shown when the account has no activity.
 * @csspart error - A failure message with Try again.
 * @csspart alert - The failure message again, for screen readers (an assertive live region, empty until then).
 * @csspart status - Polite announcements of loaded rows (a live region).
 *
 * @cssprop [--civic-color-border=#767676] - Row separators.
 * @cssprop [--civic-color-muted=#525252] - The "that is all" note.
 * @cssprop [--civic-spacing=1rem] - Space between parts.
 * @cssprop [--civic-focus-ring=3px solid #1a73e8] - Outline of the focused row or button.
 * @tagname civic-activity
 */
export class CivicActivity extends CivicElement {
  /** @internal */
  static override catalogs = [common, catalog];
  static override styles = [tokens, baseStyles, activityStyles];

  @state() private items: ActivityItem[] = [];
  @state() private shown = 0;
  @state() private nextCursor: string | null = null;
  @state() private announcement = '';

  private readonly session = new SessionController(this);

  private readonly firstPage = new Task(this, {
    task: async ([client, signedIn, accountId], { signal }) => {
      this.items = [];
      this.shown = 0;
      this.nextCursor = null;
      this.announcement = '';
      if (!client || !signedIn || !accountId) return;
      const page = await client.listActivity(accountId, undefined, { signal });
      this.addPage(page, 0);
      this.announcement = this.localize(catalog)('rowsLoaded', this.shown);
    },
    args: () => [this.session.billing?.client, this.session.signedIn, this.session.selection?.accountId] as const,
  });

  private readonly nextPage = new Task(this, {
    autoRun: false,
    task: async ([client, accountId, cursor]: readonly [
      NonNullable<SessionController['billing']>['client'],
      string,
      string,
    ]) => client.listActivity(accountId, cursor),
  });

  private addPage(page: ActivityPage, before: number): void {
    this.items = [...this.items, ...newestFirst(page.items)];
    this.nextCursor = page.nextCursor;
    this.shown = Math.min(this.items.length, before + ROWS_PER_STEP);
  }

  private async showMore(): Promise<void> {
    if (this.nextPage.status === TaskStatus.PENDING) return;
    const before = this.shown;
    const billing = this.session.billing;
    const accountId = this.session.selection?.accountId;
    if (before < this.items.length) {
      this.shown = Math.min(this.items.length, before + ROWS_PER_STEP);
    } else if (this.nextCursor && billing && accountId) {
      await this.nextPage.run([billing.client, accountId, this.nextCursor]);
      if (this.nextPage.status !== TaskStatus.COMPLETE || !this.nextPage.value) return;
      // The resident may have chosen another account or signed out while the page loaded.
      if (accountId !== this.session.selection?.accountId || !this.session.signedIn) return;
      this.addPage(this.nextPage.value, before);
    } else {
      return;
    }
    const t = this.localize(catalog);
    this.announcement = t('moreRowsLoaded', this.shown - before, this.shown);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-index="${before}"]`)?.focus();
  }

  protected override render() {
    const config = this.config;
    const t = this.localize(catalog);
    return html`<section part="base" lang=${this.locale} aria-labelledby="title">
      <h2 id="title" tabindex="-1">${t('activityTitle')}</h2>
      ${!config.ok ? renderConfigProblem(config, this.localize(common)) : this.renderBody(t)}
      <p part="alert" role="alert" class="visually-hidden">${this.renderAlert()}</p>
      <p part="status" role="status" class="visually-hidden">${this.announcement}</p>
    </section>`;
  }

  /** What the live region says: the failure shown, if any. It stays in place so the change is announced. */
  private renderAlert() {
    if (!this.config.ok || !this.session.signedIn || !this.session.selection?.accountId) return '';
    const tc = this.localize(common);
    if (this.firstPage.status === TaskStatus.ERROR) return commonErrorMessage(this.firstPage.error, tc);
    if (
      this.firstPage.status === TaskStatus.COMPLETE &&
      this.items.length > 0 &&
      this.nextPage.status === TaskStatus.ERROR
    )
      return commonErrorMessage(this.nextPage.error, tc);
    return '';
  }

  private renderBody(t: Translate<AccountMessages>) {
    if (!this.session.signedIn) return html`<p part="signed-out">${t('signInPrompt')}</p>`;
    if (!this.session.selection?.accountId) return html`<p part="no-account">${t('chooseAccountFirst')}</p>`;
    return this.firstPage.render({
      initial: () => this.renderSkeleton(),
      pending: () => this.renderSkeleton(),
      error: (error) =>
        loadFailure(error, this.localize(common), () => keepFocusInside(this, () => this.firstPage.run())),
      complete: () => (this.items.length === 0 ? html`<p part="empty">${t('activityEmpty')}</p>` : this.renderRows(t)),
    });
  }

  /** Placeholder rows of the real rows' height, so the page does not jump when they arrive. */
  private renderSkeleton() {
    return html`<ul part="list" aria-busy="true" aria-label=${this.localize(common)('loading')}>
      ${Array.from(
        { length: SKELETON_ROWS },
        () =>
          html`<li part="row" aria-hidden="true">
            <span class="skeleton"></span><span class="skeleton"></span><span class="skeleton"></span
            ><span class="skeleton"></span>
          </li>`,
      )}
    </ul>`;
  }

  private renderRows(t: Translate<AccountMessages>) {
    const loadingMore = this.nextPage.status === TaskStatus.PENDING;
    const more = this.shown < this.items.length || this.nextCursor !== null;
    return html`<ul part="list">
        ${this.items.slice(0, this.shown).map((item, index) => this.renderRow(item, index, t))}
      </ul>
      ${
        this.nextPage.status === TaskStatus.ERROR
          ? loadFailure(this.nextPage.error, this.localize(common), () => keepFocusInside(this, () => this.showMore()))
          : more
            ? html`<div>
                <button
                  part="more button"
                  class="secondary"
                  type="button"
                  aria-disabled=${loadingMore ? 'true' : 'false'}
                  @click=${this.showMore}
                >
                  ${loadingMore ? t('loadingMore') : t('showMore')}
                </button>
              </div>`
            : html`<p class="end">${t('allShown')}</p>`
      }`;
  }

  private renderRow(item: ActivityItem, index: number, t: Translate<AccountMessages>) {
    const type =
      item.type === 'bill' ? t('typeBill') : item.type === 'payment' ? t('typePayment') : t('typeAdjustment');
    return html`<li part="row" data-index=${index} tabindex="-1">
      <time datetime=${item.date}>${formatDate(item.date, this.locale)}</time>
      <span class="type">${type}</span>
      <span class="description">${item.description}</span>
      <span class="amount">${formatMoney(item.amountCents, this.locale)}</span>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-activity': CivicActivity;
  }
}
