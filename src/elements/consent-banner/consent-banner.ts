import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CivicElement } from '../../core/civic-element.js';
import { consentMessages } from '../../core/i18n/consent.js';
import { formatDate } from '../../core/locale.js';
import { isSafeUrl } from '../../core/safe-url.js';
import { baseStyles, tokens } from '../../core/styles.js';
import { consent, type ConsentState } from '../../consent/engine.js';
import { isIsoDate } from '../../consent/settings.js';
import { loadTenantSettings } from '../../consent/tenant-settings.js';
import { bannerStyles } from './consent-banner.styles.js';

type StatusMessage = 'saved' | 'reload' | undefined;

/**
 * @summary The cookie banner: a non-modal region fixed to the bottom edge of the page, with
 * "Accept all" and "Reject all" of equal weight, "Manage preferences", the notice's "Last Updated"
 * date and link. It hides once the resident has chosen and returns when the notice's revision
 * changes. It also holds the preferences dialog that any `data-civic-consent-open` element opens.
 *
 * Settings come from the `api`/`tenant` tenant configuration, from its own attributes, and from
 * `CivicPay.consent.configure()`; the page's settings win over the tenant's.
 *
 * @csspart banner - The region.
 * @csspart title - Its heading.
 * @csspart message - The explanation, or the "notice changed" message.
 * @csspart signal - The sentence saying a browser privacy signal is honoured.
 * @csspart notice - The "Last updated" line with the notice link.
 * @csspart notice-link - The link to the privacy notice.
 * @csspart actions - The row of buttons.
 * @csspart accept-button - "Accept all".
 * @csspart reject-button - "Reject all".
 * @csspart manage-button - "Manage preferences".
 * @csspart status - Announcements after a choice; visible when a reload is recommended.
 * @csspart reload-button - "Reload page" in the status.
 * @csspart preferences-dialog - The preferences dialog (the `dialog` part of `<civic-consent-preferences>`).
 *
 * @cssprop [--civic-consent-z-index=1000] - Stacking order of the banner.
 *
 * @fires civic-consent-change - On `document`, from the consent engine, when the choice changes.
 */
export class CivicConsentBanner extends CivicElement {
  static override styles = [tokens, baseStyles, bannerStyles];

  /** Address of the privacy notice (http(s) or relative). */
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;

  /** The notice's "Last Updated" date, YYYY-MM-DD. */
  @property({ attribute: 'last-updated' }) lastUpdated?: string;

  /** Revision of the privacy notice; a choice made under another revision is asked again. */
  @property() revision?: string;

  @state() private consentState: ConsentState = consent.state();
  @state() private loadingTenant = false;
  @state() private status: StatusMessage;

  private unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = consent.onChange((change) => {
      this.consentState = change;
      this.status = !change.source ? undefined : change.reloadRecommended ? 'reload' : 'saved';
    });
    const config = this.config;
    if (config.ok) {
      this.loadingTenant = true;
      loadTenantSettings(config.api, config.tenant).finally(() => {
        this.loadingTenant = false;
        this.consentState = consent.state();
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('privacyUrl') || changed.has('lastUpdated') || changed.has('revision')) {
      consent.configure({ privacyUrl: this.privacyUrl, lastUpdated: this.lastUpdated, revision: this.revision });
    }
  }

  protected override render() {
    const t = this.localize(consentMessages);
    return html`
      ${this.consentState.decided || this.loadingTenant ? nothing : this.renderBanner()}
      <div role="status" part="status" class=${this.status === 'reload' ? 'status' : 'visually-hidden'}>
        ${
          this.status === 'reload'
            ? html`<p>${t('reloadNeeded')}</p>
                <div class="actions">
                  <button class="primary" part="reload-button" @click=${() => location.reload()}>${t('reload')}</button>
                  <button class="secondary" @click=${() => (this.status = undefined)}>${t('close')}</button>
                </div>`
            : this.status === 'saved'
              ? t('saved')
              : nothing
        }
      </div>
      <civic-consent-preferences
        lang=${this.locale}
        exportparts="dialog: preferences-dialog"
      ></civic-consent-preferences>
    `;
  }

  private renderBanner() {
    const t = this.localize(consentMessages);
    const { revisionChanged, signal } = this.consentState;
    const { privacyUrl, lastUpdated } = consent.settings();
    return html`
      <div role="region" aria-labelledby="title" part="banner" class="banner">
        <h2 id="title" part="title">${t('bannerTitle')}</h2>
        <p part="message">${revisionChanged ? t('noticeChanged') : t('bannerIntro')}</p>
        ${signal ? html`<p part="signal">${t('signalHonoured', t(signal))}</p>` : nothing}
        ${
          isSafeUrl(privacyUrl) || isIsoDate(lastUpdated)
            ? html`<p part="notice">
                ${isSafeUrl(privacyUrl) ? html`<a part="notice-link" href=${privacyUrl}>${t('readNotice')}</a>` : nothing}
                ${isIsoDate(lastUpdated) ? t('lastUpdated', formatDate(lastUpdated, this.locale)) : nothing}
              </p>`
            : nothing
        }
        <div class="actions" part="actions">
          <button class="primary choice" part="accept-button" @click=${() => consent.acceptAll('banner')}>
            ${t('acceptAll')}
          </button>
          <button class="primary choice" part="reject-button" @click=${() => consent.rejectAll('banner')}>
            ${t('rejectAll')}
          </button>
          <button
            class="secondary choice"
            part="manage-button"
            @click=${(event: Event) => consent.showPreferences(event.currentTarget as HTMLElement)}
          >
            ${t('manage')}
          </button>
        </div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-consent-banner': CivicConsentBanner;
  }
}
