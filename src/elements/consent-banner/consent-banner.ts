import { css } from '../consent-shared/css.js';
import { html, nothing } from 'lit/html.js';
import { formatDate } from '../../core/locale.js';
import { isSafeUrl } from '../../core/safe-url.js';
import { consent } from '../../consent/engine.js';
import { isIsoDate } from '../../consent/settings.js';
import { ConsentElement } from '../consent-shared/consent-element.js';
import { consentStyles } from '../consent-shared/consent.styles.js';

/**
 * @summary The cookie banner: a non-modal region fixed to the bottom edge of the page (it never
 * moves the page's content), with "Accept all" and "Reject all" of equal weight, "Manage
 * preferences", and the notice's link and "Last Updated" date. It says when the notice changed
 * and when a browser privacy signal is honoured, hides once the resident has chosen, and holds the
 * preferences dialog that any `data-civic-consent-open` element on the page opens.
 *
 * On a page with the full bundle and `data-api`/`data-tenant`, it waits for the tenant's notice
 * revision, date and address; settings the page gives itself (attributes, data-*, `configure()`)
 * win over the tenant's.
 *
 * Attributes: `lang`, `privacy-url` (address of the notice, http(s) or
 * relative), `last-updated` (YYYY-MM-DD), `revision` (a choice made under another revision is
 * asked again).
 *
 * @csspart banner - The region.
 * @csspart title - Its heading.
 * @csspart message - The explanation, or the "notice changed" message.
 * @csspart signal - The sentence saying a browser privacy signal is honoured.
 * @csspart notice - The line with the notice link and its "Last Updated" date.
 * @csspart actions - The row of buttons.
 * @csspart accept-button - "Accept all".
 * @csspart reject-button - "Reject all".
 * @csspart manage-button - "Manage preferences".
 * @csspart status - Announces a saved choice; stays visible when a reload is needed to stop
 *   scripts of a withdrawn category that already ran.
 * @csspart preferences-dialog - The `dialog` part of the inner `<civic-consent-preferences>`.
 *
 * @cssprop [--civic-consent-z-index=1000] - Stacking order of the banner.
 *
 * @fires civic-consent-change - On `document`, from the consent engine, when the choice changes.
 * @fires civic-error - `invalid_config`, once, when the notice's address or date set by the page cannot be used.
 * @tagname civic-consent-banner
 */
export class CivicConsentBanner extends ConsentElement {
  static override styles = [
    consentStyles,
    css`
      :host {
        position: fixed;
        inset: auto 0 0;
        z-index: var(--civic-consent-z-index, 1000);
      }
      [part='banner'],
      [part='status'] {
        max-height: 70vh;
        overflow: auto;
        padding: 0 var(--_space) var(--_space);
        background: var(--_surface);
        border-top: 2px solid var(--_primary);
      }
      button {
        flex: 1 1 8rem;
      }
      [part='status'] {
        padding-top: var(--_space);
      }
      .hidden {
        position: absolute;
        clip-path: inset(50%);
      }
    `,
  ];

  static override observedAttributes = ['lang', 'privacy-url', 'last-updated', 'revision'];

  private status?: 'saved' | 'reloadNeeded';
  private stopStatus?: () => void;
  /**
   * The element outside the banner that last had focus, so where focus came from when it entered.
   * Found from the event path: a focusin's relatedTarget is cut back to the outermost shadow host.
   */
  private cameFrom?: HTMLElement;

  private readonly rememberFocus = (event: Event): void => {
    const path = event.composedPath();
    if (!path.includes(this)) this.cameFrom = path[0] as HTMLElement;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('focusin', this.rememberFocus, true);
    this.stopStatus = consent.onChange(({ source, reloadRecommended }) => {
      this.status = source && (reloadRecommended ? 'reloadNeeded' : 'saved');
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopStatus?.();
    document.removeEventListener('focusin', this.rememberFocus, true);
  }

  /**
   * A choice hides the region and Close hides itself, with focus on them: focus goes back where it
   * came from. When that is gone too, focus stays on `<body>`: the next Tab still starts from the
   * removed button's place (the sequential focus navigation starting point), not the page's top.
   */
  protected override focusRemoved(): void {
    this.cameFrom?.focus();
  }

  private clearStatus(): void {
    this.status = undefined;
    this.requestUpdate();
  }

  /** `privacy-url`, `last-updated` and `revision` configure the consent engine for the page. */
  override attributeChangedCallback(): void {
    const attribute = (name: string) => this.getAttribute(name) ?? undefined;
    consent.configure({
      privacyUrl: attribute('privacy-url'),
      lastUpdated: attribute('last-updated'),
      revision: attribute('revision'),
    });
    super.attributeChangedCallback();
  }

  protected render() {
    const { t, status } = this;
    const { privacyUrl, lastUpdated } = consent.settings();
    const link = isSafeUrl(privacyUrl) && privacyUrl;
    const date = isIsoDate(lastUpdated) && lastUpdated;
    // A notice address or date the page set that cannot be used: said in the banner, not dropped silently.
    const problem = (privacyUrl && !link) || (lastUpdated && !date) ? t('configNotice') : undefined;
    this.reportConfigProblem(problem && 'configNotice', problem);
    const pending = consent.pendingSettings();
    pending?.then(() => this.requestUpdate());
    return html`${consent.state().decided || pending ? nothing : this.renderRegion(link, date, problem)}
      <div role="status" part="status" lang=${this.locale} class=${status === 'reloadNeeded' ? '' : 'hidden'}>
        ${status ? t(status) : nothing}
        ${status === 'reloadNeeded' ? html`<button @click=${() => this.clearStatus()}>${t('close')}</button>` : nothing}
      </div>
      <civic-consent-preferences
        lang=${this.locale}
        exportparts="dialog:preferences-dialog"
        .focusFallback=${() => this.cameFrom}
      ></civic-consent-preferences>`;
  }

  private renderRegion(link: string | false, date: string | false, problem: string | undefined) {
    const { t } = this;
    const { revisionChanged, signal } = consent.state();
    return html`<div role="region" aria-labelledby="title" part="banner" lang=${this.locale}>
      <h2 id="title" part="title">${t('bannerTitle')}</h2>
      <p part="message">${t(revisionChanged ? 'noticeChanged' : 'bannerIntro')}</p>
      ${signal ? html`<p part="signal">${t('signalHonoured', t(signal))}</p>` : nothing}
      <p part="notice">
        ${link ? html`<a href=${link}>${t('readNotice')}</a>` : nothing}
        ${date ? t('lastUpdated', formatDate(date, this.locale)) : nothing} ${problem ?? nothing}
      </p>
      <div class="actions" part="actions">
        <button class="primary" part="accept-button" @click=${() => consent.acceptAll('banner')}>
          ${t('acceptAll')}
        </button>
        <button class="primary" part="reject-button" @click=${() => consent.rejectAll('banner')}>
          ${t('rejectAll')}
        </button>
        <button part="manage-button" @click=${(event: Event) => consent.showPreferences(event.target as HTMLElement)}>
          ${t('manage')}
        </button>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-consent-banner': CivicConsentBanner;
  }
}
