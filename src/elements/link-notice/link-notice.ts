import { css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { CivicElement } from '../../core/civic-element.js';
import { dialogStyles } from '../../core/dialog.styles.js';
import { keepTabInside } from '../../core/focus.js';
import { consentMessages } from '../../core/i18n/consent.js';
import { baseStyles, tokens } from '../../core/styles.js';

/**
 * @summary Before a resident follows a link to a site the city does not control, says that its
 * privacy and security policies may differ, and asks Continue or Stay. Wraps content (links at
 * any depth, inside shadow roots too) or, with `watch-page`, the whole document.
 *
 * Not intercepted: links to the page's own origin or an origin in `allow`; links that are not
 * http(s) (mailto:, tel:); `download` links; clicks with Ctrl, Meta, Shift or Alt, or a button
 * other than the main one (the resident chose a new tab or window); clicks a page script already
 * cancelled. Links with `target="_blank"` are intercepted: that choice was the page author's,
 * not the resident's. Continue follows the link as the page wrote it, target and rel included.
 *
 * @slot - The content whose links are watched.
 * @csspart dialog - The confirm dialog.
 * @csspart title - Its heading.
 * @csspart message - The explanation, naming the destination's host.
 * @csspart actions - The row of buttons.
 * @csspart continue-button - "Continue".
 * @csspart stay-button - "Stay on this site", focused first.
 */
export class CivicLinkNotice extends CivicElement {
  static override styles = [
    tokens,
    baseStyles,
    dialogStyles,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  /** Space-separated origins that need no notice, such as `https://sanclemente.gov`. The page's own origin is always allowed. */
  @property() allow = '';

  /** Watch every link on the page, not only the slotted content. */
  @property({ type: Boolean, attribute: 'watch-page' }) watchPage = false;

  @state() private pending?: HTMLAnchorElement;
  @query('dialog') private dialog!: HTMLDialogElement;

  /** A link the resident confirmed; its next click goes through. */
  private approved?: HTMLAnchorElement;
  private watching?: EventTarget;
  private readonly onClick = (event: MouseEvent) => this.intercept(event);

  override connectedCallback(): void {
    super.connectedCallback();
    this.watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watching?.removeEventListener('click', this.onClick as EventListener);
    this.watching = undefined;
  }

  protected override willUpdate(): void {
    if (this.isConnected) this.watch();
  }

  private watch(): void {
    const target = this.watchPage ? document : this;
    if (this.watching === target) return;
    this.watching?.removeEventListener('click', this.onClick as EventListener);
    target.addEventListener('click', this.onClick as EventListener);
    this.watching = target;
  }

  private intercept(event: MouseEvent): void {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.ctrlKey ||
      event.metaKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!link?.hasAttribute('href') || link.hasAttribute('download')) return;
    if (link === this.approved) {
      this.approved = undefined;
      return;
    }
    if (!this.leavesAllowedSites(link.href)) return;
    event.preventDefault();
    this.pending = link;
    void this.updateComplete.then(() => this.dialog.showModal());
  }

  private leavesAllowedSites(href: string): boolean {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return false;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    const allowed = [location.origin, ...this.allow.split(/\s+/).filter(Boolean).map(originOf)];
    return !allowed.includes(url.origin);
  }

  private continue(): void {
    const link = this.pending;
    this.dialog.close();
    if (!link) return;
    this.approved = link;
    link.click();
  }

  private onClosed(): void {
    const link = this.pending;
    this.pending = undefined;
    if (link !== this.approved) link?.focus();
  }

  protected override render() {
    const t = this.localize(consentMessages);
    const host = this.pending ? new URL(this.pending.href).host : '';
    return html`<slot></slot>
      <dialog
        part="dialog"
        aria-labelledby="title"
        aria-describedby="message"
        @close=${this.onClosed}
        @keydown=${(event: KeyboardEvent) => keepTabInside(event, this.dialog)}
      >
        ${
          this.pending
            ? html`<h2 id="title" part="title">${t('leavingTitle')}</h2>
                <p id="message" part="message">${t('leavingBody', host)}</p>
                <div class="actions" part="actions">
                  <button class="secondary" part="continue-button" @click=${this.continue}>${t('continue')}</button>
                  <button class="primary" part="stay-button" autofocus @click=${() => this.dialog.close()}>
                    ${t('stay')}
                  </button>
                </div>`
            : nothing
        }
      </dialog>`;
  }
}

function originOf(value: string): string {
  try {
    return new URL(value).origin;
  } catch {
    return value;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-link-notice': CivicLinkNotice;
  }
}
