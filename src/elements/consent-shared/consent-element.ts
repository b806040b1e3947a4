import { render } from 'lit/html.js';
import { globalConfig, onConfigure } from '../../core/global-config.js';
import { loadLocale, translator, type Catalog, type Messages, type Translate } from '../../core/i18n/catalog.js';
import { consentMessages } from '../../core/i18n/consent.js';
import { onPageLangChange, type Locale } from '../../core/locale.js';
import { elementLocale } from '../../core/element-locale.js';
import { consent } from '../../consent/engine.js';
import { CivicErrorEvent } from '../../core/page-events.js';

// A server render (Next.js, Nuxt, Astro, SvelteKit) has no HTMLElement; importing the element
// must not throw there. The browser upgrades the tag.
const ElementBase = globalThis.HTMLElement ?? (class {} as typeof HTMLElement);

/**
 * Base of the four consent elements: lit-html templates and constructable stylesheets in a shadow
 * root, on a plain custom element instead of LitElement. The banner ships in civicpay.min.js on
 * every page (13 kB budget), and LitElement's reactive machinery alone costs about 2.3 kB. State
 * lives in plain fields; a change calls `requestUpdate()`, and renders are batched per microtask
 * as in Lit. `lang` comes from the element, `configure()`, or the nearest `lang` on the page (a
 * `<civic-provider lang>` included). Every consent element redraws when the choice, a setting,
 * `configure()` or the page's `<html lang>` changes.
 */
export abstract class ConsentElement extends ElementBase {
  static styles: CSSStyleSheet[] = [];
  /**
   * The catalogs the element renders from, loaded in its language before it renders.
   * @internal
   */
  static catalogs: ReadonlyArray<Catalog<Messages>> = [consentMessages];
  static observedAttributes = ['lang'];

  // The loader may have attached the root already, to show a loading message in it.
  readonly renderRoot = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
  private rendering?: Promise<void>;
  private stopListening: Array<() => void> = [];

  constructor() {
    super();
    this.renderRoot.adoptedStyleSheets = (this.constructor as typeof ConsentElement).styles;
  }

  connectedCallback(): void {
    const update = () => this.requestUpdate();
    this.stopListening = [consent.onView(update), onConfigure(update), onPageLangChange(update)];
    update();
  }

  disconnectedCallback(): void {
    this.stopListening.forEach((stop) => stop());
  }

  attributeChangedCallback(): void {
    this.requestUpdate();
  }

  /**
   * Renders again in a microtask; requests made before it share one render. A language whose
   * strings have not arrived yet is loaded first; meanwhile the element shows what it showed.
   */
  requestUpdate(): void {
    if (this.rendering) return;
    const { catalogs } = this.constructor as typeof ConsentElement;
    const wanted = this.wantedLocale;
    const strings = catalogs.every((catalog) => catalog.loaded[wanted])
      ? Promise.resolve(wanted)
      : loadLocale(catalogs, wanted, this.shownLocale);
    this.rendering = strings.then((locale) => {
      this.rendering = undefined;
      this.shownLocale = locale;
      const focused = this.renderRoot.activeElement;
      render(this.render(), this.renderRoot, { host: this });
      if (focused && !focused.isConnected) this.focusRemoved?.();
      if (this.wantedLocale !== wanted) this.requestUpdate();
    });
  }

  private reportedProblem?: string;

  /**
   * Fires `civic-error` (`invalid_config`) once for each new configuration problem. The element
   * shows the localized sentence where it fits and calls this on every render with the sentence's
   * key and text, or with nothing once the problem is gone.
   */
  protected reportConfigProblem(key?: string, message?: string): void {
    if (key && message && key !== this.reportedProblem) {
      this.dispatchEvent(new CivicErrorEvent('invalid_config', message));
    }
    this.reportedProblem = key;
  }

  /** Called after a render removed the focused element, which leaves focus on `<body>`. */
  protected focusRemoved?(): void;

  /** Resolves once the pending render is done, as LitElement's does (test fixtures wait for it). */
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(this.rendering).then(() => true);
  }

  protected abstract render(): unknown;

  private shownLocale?: Locale;

  /** The language the element renders in: the one asked for, once its strings have loaded. */
  get locale(): Locale {
    return this.shownLocale ?? this.wantedLocale;
  }

  private get wantedLocale(): Locale {
    return elementLocale(this);
  }

  /** @internal */
  protected get t() {
    return this.localize(consentMessages);
  }

  /** @internal */
  protected localize<M extends Messages>(catalog: Catalog<M>): Translate<M> {
    return translator(catalog, this.locale, globalConfig().messages);
  }
}
