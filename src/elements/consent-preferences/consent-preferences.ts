import { css } from '../consent-shared/css.js';
import { html, nothing } from 'lit/html.js';
import { categoryNames, type ConsentCategories, type ConsentCategory } from '../../consent/categories.js';
import { consent } from '../../consent/engine.js';
import { ConsentElement } from '../consent-shared/consent-element.js';
import { consentStyles } from '../consent-shared/consent.styles.js';
import { keepTabInside, openModal } from '../consent-shared/modal.js';

/**
 * @summary The cookie preferences dialog: each category with its description and a switch
 * (necessary always on), and Save / Accept all / Reject all. A native modal `<dialog>`: focus
 * moves in, Tab stays inside, Escape closes without saving, and focus returns to the control that
 * opened it, even inside another shadow root. `CivicPay.consent.showPreferences()` and any
 * `data-civic-consent-open` element open it. `<civic-consent-banner>` carries one, so a page needs
 * this tag only when it has no banner.
 *
 * @csspart dialog - The dialog.
 * @csspart title - Its heading.
 * @csspart category - One category: switch, name and description.
 * @csspart actions - The row of buttons.
 * @csspart save-button - "Save choices".
 * @csspart accept-button - "Accept all".
 * @csspart reject-button - "Reject all".
 * @csspart close-button - "Close", which keeps the choice as it was.
 *
 * @fires civic-consent-change - On `document`, from the consent engine, when the choice changes.
 * @tagname civic-consent-preferences
 */
export class CivicConsentPreferences extends ConsentElement {
  static override styles = [
    consentStyles,
    css`
      :host {
        display: contents;
      }
      ul {
        padding: 0;
      }
      li {
        display: grid;
        grid-template-columns: 2rem 1fr;
        align-items: center;
        border-bottom: 1px solid var(--_border);
      }
      input {
        width: 1.5rem;
        height: 1.5rem;
        margin: 0;
        accent-color: var(--_primary);
      }
      label {
        min-height: 44px;
        display: flex;
        align-items: center;
        font-weight: 600;
      }
      li p {
        grid-column: 2;
        margin-top: 0;
        color: var(--_muted);
      }
    `,
  ];

  /** Where focus goes on close when the opener is gone; the banner, whose buttons vanish on a choice, sets it. */
  focusFallback?: () => HTMLElement | undefined;

  /** The categories as the resident is editing them; undefined while closed. */
  private draft?: ConsentCategories;
  private unregister?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.unregister = consent.registerPreferences((opener) => this.show(opener));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unregister?.();
  }

  /** Opens the dialog; focus goes back to `opener` (default: the focused element) when it closes. */
  async show(opener?: HTMLElement): Promise<void> {
    this.edit(consent.get());
    await this.updateComplete;
    openModal(this.dialog, opener, this.focusFallback);
  }

  close(): void {
    this.dialog.close();
  }

  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }

  private edit(draft?: ConsentCategories): void {
    this.draft = draft;
    this.requestUpdate();
  }

  private choose(apply: () => void): void {
    apply();
    this.close();
  }

  protected render() {
    return html`<dialog
      part="dialog"
      lang=${this.locale}
      aria-labelledby="title"
      @keydown=${keepTabInside}
      @close=${() => this.edit()}
    >
      ${this.draft ? this.renderContent(this.draft) : nothing}
    </dialog>`;
  }

  private renderContent(draft: ConsentCategories) {
    const { t } = this;
    return html`<h2 id="title" part="title">${t('preferencesTitle')}</h2>
      <ul>
        ${categoryNames.map((name) => this.renderCategory(name, draft))}
      </ul>
      <div class="actions" part="actions">
        <button
          class="primary"
          part="save-button"
          @click=${() => this.choose(() => consent.set(this.draft!, 'preferences'))}
        >
          ${t('save')}
        </button>
        <button part="accept-button" @click=${() => this.choose(() => consent.acceptAll('preferences'))}>
          ${t('acceptAll')}
        </button>
        <button part="reject-button" @click=${() => this.choose(() => consent.rejectAll('preferences'))}>
          ${t('rejectAll')}
        </button>
        <button part="close-button" @click=${this.close}>${t('close')}</button>
      </div>`;
  }

  private renderCategory(name: ConsentCategory, draft: ConsentCategories) {
    const { t } = this;
    return html`<li part="category">
      <input
        type="checkbox"
        id=${name}
        aria-describedby="${name}-about"
        .checked=${draft[name]}
        ?disabled=${name === 'necessary'}
        @change=${(event: Event) => this.edit({ ...this.draft!, [name]: (event.target as HTMLInputElement).checked })}
      />
      <label for=${name}>${t(name)}</label>
      <p id="${name}-about">${t(`${name}About`)} ${name === 'necessary' ? t('alwaysOn') : nothing}</p>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-consent-preferences': CivicConsentPreferences;
  }
}
