import { html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { CivicElement } from '../../core/civic-element.js';
import { dialogStyles } from '../../core/dialog.styles.js';
import { deepActiveElement, keepTabInside } from '../../core/focus.js';
import { consentMessages } from '../../core/i18n/consent.js';
import { baseStyles, tokens } from '../../core/styles.js';
import { categoryNames, type ConsentCategories, type ConsentCategory } from '../../consent/categories.js';
import { consent, registerPreferences } from '../../consent/engine.js';
import { preferencesStyles } from './consent-preferences.styles.js';

/**
 * @summary The cookie preferences dialog: each category with its description and a switch
 * (necessary always on), and Save / Accept all / Reject all. A modal `<dialog>`: focus moves in,
 * Tab stays inside, Escape closes, and focus returns to the control that opened it, even inside
 * another shadow root. `CivicPay.consent.showPreferences()` and any `data-civic-consent-open`
 * element open it; `<civic-consent-banner>` carries one, so a page needs this tag only without
 * a banner.
 *
 * @csspart dialog - The dialog.
 * @csspart title - Its heading.
 * @csspart signal - The sentence saying a browser privacy signal is honoured.
 * @csspart categories - The list of categories.
 * @csspart category - One category: switch, name and description.
 * @csspart actions - The row of buttons.
 * @csspart save-button - "Save choices".
 * @csspart accept-button - "Accept all".
 * @csspart reject-button - "Reject all".
 * @csspart close-button - "Close", which keeps the previous choice.
 *
 * @fires civic-consent-change - On `document`, from the consent engine, when the choice changes.
 */
export class CivicConsentPreferences extends CivicElement {
  static override styles = [tokens, baseStyles, dialogStyles, preferencesStyles];

  /** The categories as the resident is editing them; undefined while closed. */
  @state() private draft?: ConsentCategories;
  @query('dialog') private dialog!: HTMLDialogElement;

  private opener?: HTMLElement;
  private unregister?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.unregister = registerPreferences((opener) => void this.show(opener));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unregister?.();
  }

  /** Opens the dialog; focus goes back to `opener` (default: the focused element) on close. */
  async show(opener: HTMLElement | undefined = deepActiveElement()): Promise<void> {
    this.opener = opener;
    this.draft = consent.get();
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
  }

  close(): void {
    this.dialog.close();
  }

  private onClosed(): void {
    this.draft = undefined;
    this.opener?.focus();
    this.opener = undefined;
  }

  private choose(apply: () => void): void {
    apply();
    this.close();
  }

  protected override render() {
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      @close=${this.onClosed}
      @keydown=${(event: KeyboardEvent) => keepTabInside(event, this.dialog)}
    >
      ${this.draft ? this.renderContent(this.draft) : nothing}
    </dialog>`;
  }

  private renderContent(draft: ConsentCategories) {
    const t = this.localize(consentMessages);
    const { signal } = consent.state();
    return html`
      <h2 id="title" part="title">${t('preferencesTitle')}</h2>
      ${signal ? html`<p part="signal">${t('signalHonoured', t(signal))}</p>` : nothing}
      <ul part="categories">
        ${categoryNames.map((name) => this.renderCategory(name, draft))}
      </ul>
      <div class="actions" part="actions">
        <button class="primary" part="save-button" @click=${() => this.choose(() => consent.set(draft, 'preferences'))}>
          ${t('save')}
        </button>
        <button
          class="secondary"
          part="accept-button"
          @click=${() => this.choose(() => consent.acceptAll('preferences'))}
        >
          ${t('acceptAll')}
        </button>
        <button
          class="secondary"
          part="reject-button"
          @click=${() => this.choose(() => consent.rejectAll('preferences'))}
        >
          ${t('rejectAll')}
        </button>
        <button class="link" part="close-button" @click=${this.close}>${t('close')}</button>
      </div>
    `;
  }

  private renderCategory(name: ConsentCategory, draft: ConsentCategories) {
    const t = this.localize(consentMessages);
    const alwaysOn = name === 'necessary';
    return html`<li part="category">
      <input
        type="checkbox"
        id=${name}
        aria-describedby="${name}-about"
        .checked=${draft[name]}
        ?disabled=${alwaysOn}
        @change=${(event: Event) => (this.draft = { ...draft, [name]: (event.target as HTMLInputElement).checked })}
      />
      <label for=${name}>${t(name)}</label>
      <p class="hint" id="${name}-about">
        ${t(`${name}About` as `${ConsentCategory}About`)} ${alwaysOn ? t('alwaysOn') : nothing}
      </p>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-consent-preferences': CivicConsentPreferences;
  }
}
