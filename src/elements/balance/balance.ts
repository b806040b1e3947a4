import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { Account } from '../../api/schemas.js';
import { CivicElement } from '../../core/civic-element.js';
import { SessionController } from '../../core/session-controller.js';
import { keepFocusInside } from '../../core/focus.js';
import { renderConfigProblem } from '../../core/config-problem.js';
import { commonErrorMessage } from '../../core/error-message.js';
import { loadFailure, loadingLine } from '../../core/load-states.js';
import { CivicErrorEvent } from '../../core/events.js';
import { isBillingError } from '../../api/errors.js';
import { formatMoney } from '../../core/money.js';
import { formatDate } from '../../core/locale.js';
import { isSafeUrl } from '../../core/safe-url.js';
import { common } from '../../core/i18n/common.js';
import { account as catalog, type AccountMessages } from '../../core/i18n/account.js';
import type { Translate } from '../../core/i18n/catalog.js';
import { tokens, baseStyles } from '../../core/styles.js';
import { balanceStyles } from './balance.styles.js';
import { addressLines } from './address-lines.js';

/**
 * @summary The signed-in resident's utility accounts: masked number, service address, amount
 * due, due date, past-due amount, credit, last payment; a chooser for the account that
 * `<civic-activity>` and the payment flow use; Refresh and Pay now.
 *
 * "Pay now" asks `<civic-guest-pay>` on the same page to pay the account. Without one, it
 * navigates to `pay-url` (http(s) or relative only); with neither, the button is not shown.
 *
 * @csspart base - The element's root.
 * @csspart chooser - The radio group that picks the account (shown for two or more accounts).
 * @csspart account - The chosen account's details.
 * @csspart past-due - The past-due notice.
 * @csspart credit - The credit-balance notice.
 * @csspart notice - A notice about a closed account or pending disconnection.
 * @csspart signed-out - The prompt shown when nobody is signed in.
 * @csspart empty - The message shown when no accounts are linked.
 * @csspart loading - The placeholder shown while accounts load.
 * @csspart error - A failure message with Try again.
 * @csspart alert - The failure message again, for screen readers (an assertive live region, empty until then).
 * @csspart status - Polite announcements (a live region).
 * @csspart button - Every button.
 *
 * @cssprop [--civic-color-primary=#00558c] - Buttons.
 * @cssprop [--civic-color-warning=#8a4b00] - The past-due notice.
 * @cssprop [--civic-color-success=#1e6b3a] - The credit notice.
 * @cssprop [--civic-color-border=#767676] - Panel borders.
 * @cssprop [--civic-radius=4px] - Corners of panels and buttons.
 * @cssprop [--civic-spacing=1rem] - Space between parts.
 *
 * @fires civic-error - When the accounts cannot be loaded; `event.code` says why.
 * @tagname civic-balance
 */
export class CivicBalance extends CivicElement {
  /** @internal */
  static override catalogs = [common, catalog];
  static override styles = [tokens, baseStyles, balanceStyles];

  /** Where "Pay now" goes when no `<civic-guest-pay>` is on the page; http(s) or relative only. */
  @property({ attribute: 'pay-url' }) payUrl?: string;

  @state() private announcement = '';

  private readonly session = new SessionController(this);

  private readonly accounts = new Task(this, {
    task: async ([client, signedIn], { signal }) => {
      if (!client || !signedIn) return undefined;
      try {
        const { accounts } = await client.listAccounts({ signal });
        this.keepSelectionValid(accounts);
        return accounts;
      } catch (error) {
        if (isBillingError(error) && error.code !== 'aborted') {
          this.dispatchEvent(new CivicErrorEvent(error.code, commonErrorMessage(error, this.localize(common))));
        }
        throw error;
      }
    },
    args: () => [this.session.billing?.client, this.session.signedIn] as const,
  });

  private keepSelectionValid(accounts: Account[]): void {
    const selection = this.session.selection;
    if (!selection) return;
    if (!accounts.some((item) => item.id === selection.accountId)) selection.select(accounts[0]?.id);
  }

  private async refresh(): Promise<void> {
    await keepFocusInside(this, () => this.accounts.run());
    if (this.accounts.status === TaskStatus.COMPLETE) this.announcement = this.localize(catalog)('refreshed');
  }

  private payNow(item: Account): void {
    this.session.selection?.requestPayment(item.id);
    if (!this.guestPayOnPage() && isSafeUrl(this.payUrl))
      window.location.assign(new URL(this.payUrl, document.baseURI));
  }

  private guestPayOnPage(): boolean {
    return document.querySelector('civic-guest-pay') !== null;
  }

  protected override render() {
    const config = this.config;
    const t = this.localize(catalog);
    return html`<section part="base" lang=${this.locale} aria-labelledby="title">
      <h2 id="title" tabindex="-1">${t('balanceTitle')}</h2>
      ${
        !config.ok
          ? renderConfigProblem(config, this.localize(common))
          : !this.session.signedIn
            ? html`<p part="signed-out">${t('signInPrompt')}</p>`
            : this.accounts.render({
                initial: () => loadingLine(this.localize(common)),
                pending: () => loadingLine(this.localize(common)),
                complete: (accounts) => this.renderAccounts(accounts ?? [], t),
                error: (error) => loadFailure(error, this.localize(common), () => this.refresh()),
              })
      }
      <p part="alert" role="alert" class="visually-hidden">${this.renderAlert()}</p>
      <p part="status" role="status" class="visually-hidden">${this.announcement}</p>
    </section>`;
  }

  /** What the live region says: the load failure shown, if any. It stays in place so the change is announced. */
  private renderAlert() {
    const shown = this.config.ok && this.session.signedIn && this.accounts.status === TaskStatus.ERROR;
    return shown ? commonErrorMessage(this.accounts.error, this.localize(common)) : '';
  }

  private renderAccounts(accounts: Account[], t: Translate<AccountMessages>) {
    if (accounts.length === 0) return html`<p part="empty">${t('noAccounts')}</p>`;
    const chosen = accounts.find((item) => item.id === this.session.selection?.accountId) ?? accounts[0]!;
    return html`
      ${accounts.length > 1 ? this.renderChooser(accounts, chosen, t) : nothing} ${this.renderAccount(chosen, t)}
    `;
  }

  private renderChooser(accounts: Account[], chosen: Account, t: Translate<AccountMessages>) {
    return html`<fieldset part="chooser">
      <legend>${t('chooseAccount')}</legend>
      ${accounts.map(
        (item) =>
          html`<label class="choice">
            <input
              type="radio"
              name="account"
              .checked=${item.id === chosen.id}
              @change=${() => this.session.selection?.select(item.id)}
            />
            <span>${t('accountLabel', item.maskedNumber)} · ${item.serviceAddress.line1}</span>
          </label>`,
      )}
    </fieldset>`;
  }

  private renderAccount(item: Account, t: Translate<AccountMessages>) {
    const money = (cents: number) => formatMoney(cents, this.locale);
    const date = (iso: string) => formatDate(iso, this.locale);
    const canPay = item.amountDueCents > 0 && (this.guestPayOnPage() || isSafeUrl(this.payUrl));
    return html`<article part="account" aria-labelledby="account-title">
      <h3 id="account-title">${t('accountLabel', item.maskedNumber)}</h3>
      ${
        item.pastDueCents > 0
          ? html`<p part="past-due">
              <span class="badge" aria-hidden="true">⚠ ${t('pastDue')}</span
              >${t('pastDueAmount', money(item.pastDueCents))}
            </p>`
          : nothing
      }
      ${
        item.balanceCents < 0
          ? html`<p part="credit">
              <span class="badge" aria-hidden="true">${t('creditBalance')}</span>${t(
                'creditExplained',
                money(-item.balanceCents),
              )}
            </p>`
          : nothing
      }
      ${item.status === 'closed' ? html`<p part="notice">${t('statusClosed')}</p>` : nothing}
      ${item.status === 'disconnect-pending' ? html`<p part="notice">${t('statusDisconnectPending')}</p>` : nothing}
      <dl>
        <dt>${t('serviceAddress')}</dt>
        <dd class="address">${addressLines(item.serviceAddress).map((line) => html`<span>${line}</span>`)}</dd>
        <dt>${t('amountDue')}</dt>
        <dd class="amount">${money(item.amountDueCents)}</dd>
        <dt>${t('dueDate')}</dt>
        <dd>${item.dueDate ? date(item.dueDate) : t('noDueDate')}</dd>
        ${
          item.balanceCents !== item.amountDueCents
            ? html`<dt>${item.balanceCents < 0 ? t('creditBalance') : t('balance')}</dt>
                <dd>${money(Math.abs(item.balanceCents))}</dd>`
            : nothing
        }
        <dt>${t('lastPayment')}</dt>
        <dd>
          ${
            item.lastPayment
              ? t('lastPaymentValue', money(item.lastPayment.amountCents), date(item.lastPayment.date))
              : t('noPayments')
          }
        </dd>
      </dl>
      <div class="actions">
        ${
          canPay
            ? html`<button
                part="button"
                class="primary"
                type="button"
                aria-label=${t('payNowFor', item.maskedNumber)}
                @click=${() => this.payNow(item)}
              >
                ${t('payNow')}
              </button>`
            : nothing
        }
        <button part="button" class="secondary" type="button" @click=${this.refresh}>${t('refresh')}</button>
      </div>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-balance': CivicBalance;
  }
}
