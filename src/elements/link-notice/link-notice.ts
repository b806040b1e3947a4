import { css } from '../consent-shared/css.js';
import { html, nothing } from 'lit/html.js';
import { ConsentElement } from '../consent-shared/consent-element.js';
import { consentMessages } from '../../core/i18n/consent.js';
import { noticeMessages } from '../../core/i18n/notice.js';
import { consentStyles } from '../consent-shared/consent.styles.js';
import { keepTabInside, openModal } from '../consent-shared/modal.js';

/**
 * @summary Before a resident follows a link to a site the city does not control, says that its
 * privacy and security policies may differ and asks Continue or Stay. Watches the links in its
 * content (at any depth, inside shadow roots too) or, with `watch-page`, the whole document.
 *
 * Not intercepted: links to the page's own origin or an origin in `allow`; links that are not
 * http(s) (mailto:, tel:); `download` links; clicks with Ctrl, Meta, Shift or Alt, or with a
 * button other than the main one (the resident chose a new tab or window); clicks a page script
 * already cancelled. Links with `target="_blank"` are intercepted: that was the page author's
 * choice, not the resident's. Continue follows the link as written, target and rel included.
 *
 * Attributes: `allow`, space-separated origins that need no notice (such as
 * `https://sanclemente.gov`; the page's own origin always passes); `watch-page`, to watch every
 * link on the page, not only this element's content; `lang`.
 *
 * @slot - The content whose links are watched.
 * @csspart dialog - The confirm dialog.
 * @csspart title - Its heading.
 * @csspart message - The explanation, naming the destination's host.
 * @csspart continue-button - "Continue".
 * @csspart stay-button - "Stay", focused first.
 * @csspart error - Says an entry of `allow` is not a web address.
 *
 * @fires civic-error - `invalid_config`, once, when an entry of `allow` is not a web address.
 * @tagname civic-link-notice
 */
export class CivicLinkNotice extends ConsentElement {
  /** @internal */
  static override catalogs = [consentMessages, noticeMessages];
  static override styles = [
    consentStyles,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  static override observedAttributes = ['lang', 'allow'];

  /** The link waiting for the resident's answer. */
  private pending?: HTMLAnchorElement;
  /** The link the resident confirmed; its next click goes through. */
  private approved?: HTMLAnchorElement;

  private readonly onClick = (event: MouseEvent) => {
    const path = event.composedPath();
    const link = path.find((node) => node instanceof HTMLAnchorElement) as HTMLAnchorElement | undefined;
    const confirmed = link === this.approved;
    this.approved = undefined;
    const modified = event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
    const watched = this.hasAttribute('watch-page') || path.includes(this);
    if (!link || confirmed || modified || event.defaultPrevented || !watched) return;
    if (link.hasAttribute('download') || !this.leavesAllowedSites(link.href)) return;
    event.preventDefault();
    this.ask(link);
    void this.updateComplete.then(() => openModal(this.dialog, link));
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // On the document, after the page's own handlers: a click they cancelled is left alone.
    document.addEventListener('click', this.onClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.onClick);
  }

  private ask(link?: HTMLAnchorElement): void {
    this.pending = link;
    this.requestUpdate();
  }

  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }

  private leavesAllowedSites(href: string): boolean {
    const url = parseUrl(href);
    const allowed = [location.origin, ...this.allowed().map((origin) => parseUrl(origin)?.origin)];
    return !!url && /^https?:$/.test(url.protocol) && !allowed.includes(url.origin);
  }

  private follow(): void {
    this.approved = this.pending;
    this.dialog.close();
    this.approved?.click();
  }

  private allowed(): string[] {
    return (this.getAttribute('allow') ?? '').split(/\s+/).filter(Boolean);
  }

  protected render() {
    const { pending } = this;
    const n = this.localize(noticeMessages);
    const wrong = this.allowed().some((origin) => !/^https?:$/.test(parseUrl(origin)?.protocol ?? ''));
    const problem = wrong ? n('configAllow') : undefined;
    this.reportConfigProblem(problem && 'configAllow', problem);
    return html`<slot></slot>
      ${problem ? html`<p part="error" role="alert" lang=${this.locale}>${problem}</p>` : nothing}
      <dialog
        part="dialog"
        lang=${this.locale}
        aria-labelledby="title"
        aria-describedby="message"
        @keydown=${keepTabInside}
        @close=${() => this.ask()}
      >
        ${
          pending
            ? html`<h2 id="title" part="title">${n('leavingTitle')}</h2>
                <p id="message" part="message">${n('leavingBody', parseUrl(pending.href)!.host)}</p>
                <div class="actions">
                  <button part="continue-button" @click=${this.follow}>${n('continue')}</button>
                  <button class="primary" part="stay-button" autofocus @click=${() => this.dialog.close()}>
                    ${n('stay')}
                  </button>
                </div>`
            : nothing
        }
      </dialog>`;
  }
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-link-notice': CivicLinkNotice;
  }
}
