import { render } from 'lit/html.js';
import { globalConfig, onConfigure } from '../../core/global-config.js';
import { translator } from '../../core/i18n/catalog.js';
import { consentMessages } from '../../core/i18n/consent.js';
import { localeFromPage, onPageLangChange, toLocale, type Locale } from '../../core/locale.js';
import { onConsentView } from '../../consent/engine.js';

/**
 * Base of the four consent elements: lit-html templates and constructable stylesheets in a shadow
 * root, on a plain custom element instead of LitElement. The consent bundle must stay under 12 kB gzip with
 * everything inside, and LitElement's reactive machinery alone costs about 2.3 kB of it. State
 * lives in plain fields; a change calls `requestUpdate()`, and renders are batched per microtask
 * as in Lit. `lang` comes from the element, `configure()`, or the nearest `lang` on the page (a
 * `<civic-provider lang>` included). Every consent element redraws when the choice, a setting,
 * `configure()` or the page's `<html lang>` changes.
 */
export abstract class ConsentElement extends HTMLElement {
  static styles: CSSStyleSheet[] = [];
  static observedAttributes = ['lang'];

  readonly renderRoot = this.attachShadow({ mode: 'open' });
  private rendering?: Promise<void>;
  private stopListening: Array<() => void> = [];

  constructor() {
    super();
    this.renderRoot.adoptedStyleSheets = (this.constructor as typeof ConsentElement).styles;
  }

  connectedCallback(): void {
    const update = () => this.requestUpdate();
    this.stopListening = [onConsentView(update), onConfigure(update), onPageLangChange(update)];
    update();
  }

  disconnectedCallback(): void {
    this.stopListening.forEach((stop) => stop());
  }

  attributeChangedCallback(): void {
    this.requestUpdate();
  }

  /** Renders again in a microtask; requests made before it share one render. */
  requestUpdate(): void {
    this.rendering ??= Promise.resolve().then(() => {
      this.rendering = undefined;
      const focused = this.renderRoot.activeElement;
      render(this.render(), this.renderRoot, { host: this });
      if (focused && !focused.isConnected) this.focusRemoved?.();
    });
  }

  /** Called after a render removed the focused element, which leaves focus on `<body>`. */
  protected focusRemoved?(): void;

  /** Resolves once the pending render is done, as LitElement's does (test fixtures wait for it). */
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(this.rendering).then(() => true);
  }

  protected abstract render(): unknown;

  get locale(): Locale {
    return toLocale(this.getAttribute('lang')) ?? globalConfig().locale ?? localeFromPage(this) ?? 'en';
  }

  protected get t() {
    return translator(consentMessages, this.locale, globalConfig().messages);
  }
}
