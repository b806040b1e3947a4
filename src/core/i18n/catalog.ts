import { locales, type Locale } from '../locale.js';

/** A message is a string, or a function of its parameters (plurals, numbers, names). */
export type Message = string | ((...args: never[]) => string);
export type Messages = Record<string, Message>;

/** The Spanish side must have every key of the English side, with the same parameters. */
export type Translation<M extends Messages> = { [K in keyof M]: M[K] extends string ? string : M[K] };

type MessagesModule<M extends Messages> = () => Promise<{ default: Translation<M> }>;

/**
 * A set of strings in every locale. Each locale's strings are a module of their own, loaded the
 * first time an element shows that locale, so a page downloads only the languages it shows.
 */
export interface Catalog<M extends Messages> {
  /** Prefix of override keys: `${id}.${key}`. */
  readonly id: string;
  readonly modules: Record<Locale, MessagesModule<M>>;
  /** The locales loaded so far. */
  readonly loaded: Partial<Record<Locale, Translation<M>>>;
}

export type MessageArgs<T> = T extends (...args: infer A) => string ? A : [];

/**
 * String overrides a tenant or host page sets (city name, support phone, a friendlier title),
 * keyed by locale and `${catalog}.${key}`. Only plain-string messages can be overridden.
 */
export type MessageOverrides = Partial<Record<Locale, Record<string, string>>>;

export function defineCatalog<M extends Messages>(id: string, modules: Record<Locale, MessagesModule<M>>): Catalog<M> {
  return { id, modules, loaded: {} };
}

const pending = new WeakMap<Catalog<Messages>, Partial<Record<Locale, Promise<void>>>>();

/** Loads a catalog's strings for `locale` once; a failed load may be tried again. */
export function loadMessages<M extends Messages>(catalog: Catalog<M>, locale: Locale): Promise<void> {
  if (catalog.loaded[locale]) return Promise.resolve();
  const loads = pending.get(catalog) ?? {};
  pending.set(catalog, loads);
  return (loads[locale] ??= catalog.modules[locale]().then(
    (module) => {
      catalog.loaded[locale] = module.default;
    },
    (error: unknown) => {
      delete loads[locale];
      throw error;
    },
  ));
}

export type Translate<M extends Messages> = <K extends keyof M & string>(key: K, ...args: MessageArgs<M[K]>) => string;

export function translator<M extends Messages>(
  catalog: Catalog<M>,
  locale: Locale,
  overrides: MessageOverrides = {},
): Translate<M> {
  const messages = catalog.loaded[locale] as Messages | undefined;
  if (!messages) throw new Error(`civicpay: the ${locale} strings of '${catalog.id}' are used before they loaded.`);
  const localOverrides = overrides[locale] ?? {};
  return (key, ...args) => {
    const override = localOverrides[`${catalog.id}.${key}`];
    const message = messages[key];
    if (typeof message === 'function') return (message as (...a: unknown[]) => string)(...args);
    return override ?? message;
  };
}

/**
 * Loads `catalogs` in the `wanted` locale and resolves with the locale to render in: `wanted`,
 * or, when its strings cannot load, the one shown so far (else the other locale), so a widget
 * never goes blank over a language.
 */
export async function loadLocale(
  catalogs: ReadonlyArray<Catalog<Messages>>,
  wanted: Locale,
  shown: Locale | undefined,
): Promise<Locale> {
  try {
    await Promise.all(catalogs.map((catalog) => loadMessages(catalog, wanted)));
    return wanted;
  } catch (error) {
    const fallback = shown ?? locales.find((locale) => locale !== wanted) ?? wanted;
    console.error(`civicpay: the ${wanted} strings could not load; showing ${fallback}.`, error);
    await Promise.all(catalogs.map((catalog) => loadMessages(catalog, fallback)));
    return fallback;
  }
}
