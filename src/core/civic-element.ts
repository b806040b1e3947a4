import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { providedConfigContext, type ProvidedConfig } from './context.js';
import { globalConfig, onConfigure } from './global-config.js';
import { localeFromPage, onPageLangChange, toLocale, type Locale } from './locale.js';
import { loadLocale, translator, type Catalog, type Messages, type Translate } from './i18n/catalog.js';
import { common } from './i18n/common.js';
import { configProblemText } from './config-problem.js';
import { CivicErrorEvent } from './page-events.js';

export type ConfigState =
  | { ok: true; api: string; tenant: string }
  | { ok: false; missing: Array<'api' | 'tenant'> }
  | { ok: false; invalidApi: string };

/**
 * Base of every civicpay element: resolves `api`, `tenant` and the locale from, in order, the
 * element's own attributes, the nearest `<civic-provider>`, and the script tag's data-* settings.
 * A configuration problem fires `civic-error` (`invalid_config`) with the localized sentence the
 * element shows, once per problem.
 */
export class CivicElement extends LitElement {
  /**
   * The catalogs the element renders from. A locale's strings load before the element renders
   * in it; until they arrive it keeps showing what it showed, in the language it had.
   * @internal
   */
  static catalogs: ReadonlyArray<Catalog<Messages>> = [common];

  /** Base URL of the billing API (http or https). */
  @property() api?: string;

  /** Tenant id, such as `san-clemente`. */
  @property() tenant?: string;

  /** Language of the element: `en` or `es`. Defaults to the page's language. */
  @property({ attribute: 'lang' }) override lang!: string;

  /** @internal */
  @consume({ context: providedConfigContext, subscribe: true })
  @state()
  protected provided?: ProvidedConfig;

  private unsubscribers: Array<() => void> = [];

  override connectedCallback(): void {
    super.connectedCallback();
    const refresh = () => this.requestUpdate();
    this.unsubscribers = [onConfigure(refresh), onPageLangChange(refresh)];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribers.forEach((unsubscribe) => unsubscribe());
    this.unsubscribers = [];
  }

  private shownLocale?: Locale;
  /** The configuration problem last reported, so each one fires `civic-error` once. */
  private reportedProblem?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const config = this.config;
    const problem = config.ok ? undefined : JSON.stringify(config);
    if (!config.ok && problem !== this.reportedProblem) {
      this.dispatchEvent(new CivicErrorEvent('invalid_config', configProblemText(config, this.localize(common))));
    }
    this.reportedProblem = problem;
  }

  /** The language the element renders in: the one asked for, once its strings have loaded. */
  get locale(): Locale {
    return this.shownLocale ?? this.wantedLocale;
  }

  private get wantedLocale(): Locale {
    return (
      toLocale(this.lang) ??
      this.provided?.locale ??
      globalConfig().locale ??
      localeFromPage(this.parentElement ?? this) ??
      'en'
    );
  }

  /** Waits for the wanted language's strings before each render, so no render mixes languages. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const catalogs = (this.constructor as typeof CivicElement).catalogs;
    const wanted = this.wantedLocale;
    if (catalogs.every((catalog) => catalog.loaded[wanted])) {
      this.shownLocale = wanted;
      return super.scheduleUpdate();
    }
    return loadLocale(catalogs, wanted, this.shownLocale).then((locale) => {
      this.shownLocale = locale;
      const rendered = super.scheduleUpdate();
      if (this.wantedLocale !== wanted) this.requestUpdate();
      return rendered;
    });
  }

  get config(): ConfigState {
    const api = this.api || this.provided?.api || globalConfig().api;
    const tenant = this.tenant || this.provided?.tenant || globalConfig().tenant;
    const missing = [...(api ? [] : ['api' as const]), ...(tenant ? [] : ['tenant' as const])];
    if (!api || !tenant) return { ok: false, missing };
    if (!isHttpUrl(api)) return { ok: false, invalidApi: api };
    return { ok: true, api, tenant };
  }

  /**
   * A translate function for `catalog` in this element's locale, with the page's overrides.
   * @internal
   */
  protected localize<M extends Messages>(catalog: Catalog<M>): Translate<M> {
    return translator(catalog, this.locale, globalConfig().messages);
  }
}

/** What `createBillingClient` accepts: http(s), without credentials in the URL. */
function isHttpUrl(value: string): boolean {
  try {
    const { protocol, username, password } = new URL(value);
    return (protocol === 'https:' || protocol === 'http:') && !username && !password;
  } catch {
    return false;
  }
}
