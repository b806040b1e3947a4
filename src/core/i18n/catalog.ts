import type { Locale } from '../locale.js';

/** A message is a string, or a function of its parameters (plurals, numbers, names). */
export type Message = string | ((...args: never[]) => string);
export type Messages = Record<string, Message>;

/** The Spanish side must have every key of the English side, with the same parameters. */
export type Translation<M extends Messages> = { [K in keyof M]: M[K] extends string ? string : M[K] };

export interface Catalog<M extends Messages> {
  /** Prefix of override keys: `${id}.${key}`. */
  readonly id: string;
  readonly en: M;
  readonly es: Translation<M>;
}

export type MessageArgs<T> = T extends (...args: infer A) => string ? A : [];

/**
 * String overrides a tenant or host page sets (city name, support phone, a friendlier title),
 * keyed by locale and `${catalog}.${key}`. Only plain-string messages can be overridden.
 */
export type MessageOverrides = Partial<Record<Locale, Record<string, string>>>;

export function defineCatalog<M extends Messages>(id: string, en: M, es: Translation<M>): Catalog<M> {
  return { id, en, es };
}

export type Translate<M extends Messages> = <K extends keyof M & string>(key: K, ...args: MessageArgs<M[K]>) => string;

export function translator<M extends Messages>(
  catalog: Catalog<M>,
  locale: Locale,
  overrides: MessageOverrides = {},
): Translate<M> {
  const messages = catalog[locale] as Messages;
  const localOverrides = overrides[locale] ?? {};
  return (key, ...args) => {
    const override = localOverrides[`${catalog.id}.${key}`];
    const message = messages[key];
    if (typeof message === 'function') return (message as (...a: unknown[]) => string)(...args);
    return override ?? message;
  };
}
