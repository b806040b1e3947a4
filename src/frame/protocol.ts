/**
 * The messages between `<civic-payment-fields>` (host page) and the payment frame (billing
 * origin). The hello goes by `window.postMessage` with the channel's port; everything after it
 * goes over that port. Both sides drop anything that does not have exactly one of these shapes.
 * No message ever carries a card or bank number.
 */
export const PROTOCOL_VERSION = 1;
export const HELLO = 'civic:hello';

export type PaymentMethodType = 'card' | 'bank';
export type FrameLocale = 'en' | 'es';

/** Theme tokens the host may pass; the frame applies only values that pass `theme.ts`. */
export const themeTokenNames = [
  'color-primary',
  'color-primary-contrast',
  'color-text',
  'color-muted',
  'color-surface',
  'color-border',
  'color-error',
  'font-family',
  'font-size',
  'radius',
] as const;
export type ThemeTokenName = (typeof themeTokenNames)[number];
export type ThemeTokens = Partial<Record<ThemeTokenName, string>>;

export interface Hello {
  type: typeof HELLO;
  version: typeof PROTOCOL_VERSION;
  theme: ThemeTokens;
}

export type HostMessage =
  | { type: 'configure'; method: PaymentMethodType; lang: FrameLocale }
  | { type: 'submit'; id: number }
  | { type: 'focus' };

export interface TokenResult {
  token: string;
  type: PaymentMethodType;
  brand: 'visa' | 'mastercard' | 'amex' | 'discover' | 'bank';
  last4: string;
  expiresAt: string;
}

export type FrameMessage =
  | { type: 'ready'; height: number; complete: boolean }
  /** The frame cannot work at all (unknown tenant, API down); `code` is a billing error code. */
  | { type: 'unavailable'; code: string }
  | { type: 'height'; height: number }
  | { type: 'complete'; complete: boolean }
  /** A localized sentence for the host's live region. */
  | { type: 'announce'; message: string }
  /** The resident pressed Enter in a field. */
  | { type: 'enter' }
  | { type: 'result'; id: number; token: TokenResult }
  | { type: 'result'; id: number; error: string }
  | { type: 'csp-violation'; directive: string };

type Shape = Record<string, unknown>;

const isObject = (value: unknown): value is Shape => typeof value === 'object' && value !== null;
const isText = (value: unknown, max = 500): value is string => typeof value === 'string' && value.length <= max;
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isMethod = (value: unknown): value is PaymentMethodType => value === 'card' || value === 'bank';
const hasOnly = (data: Shape, keys: string[]) => Object.keys(data).every((key) => keys.includes(key));

export function isHello(data: unknown): data is Hello {
  return (
    isObject(data) &&
    data.type === HELLO &&
    data.version === PROTOCOL_VERSION &&
    isObject(data.theme) &&
    hasOnly(data, ['type', 'version', 'theme'])
  );
}

export function isHostMessage(data: unknown): data is HostMessage {
  if (!isObject(data)) return false;
  switch (data.type) {
    case 'configure':
      return isMethod(data.method) && (data.lang === 'en' || data.lang === 'es');
    case 'submit':
      return isCount(data.id);
    case 'focus':
      return true;
    default:
      return false;
  }
}

export function isTokenResult(data: unknown): data is TokenResult {
  return (
    isObject(data) &&
    isText(data.token, 200) &&
    data.token.length > 0 &&
    isMethod(data.type) &&
    ['visa', 'mastercard', 'amex', 'discover', 'bank'].includes(data.brand as string) &&
    typeof data.last4 === 'string' &&
    /^\d{4}$/.test(data.last4) &&
    isText(data.expiresAt, 40)
  );
}

/** Copies only the five public fields, whatever else the source object holds. */
export function pickToken(data: TokenResult): TokenResult {
  return { token: data.token, type: data.type, brand: data.brand, last4: data.last4, expiresAt: data.expiresAt };
}

export function isFrameMessage(data: unknown): data is FrameMessage {
  if (!isObject(data)) return false;
  switch (data.type) {
    case 'ready':
      return isCount(data.height) && typeof data.complete === 'boolean';
    case 'height':
      return isCount(data.height);
    case 'complete':
      return typeof data.complete === 'boolean';
    case 'unavailable':
      return isText(data.code, 40);
    case 'announce':
      return isText(data.message);
    case 'enter':
      return true;
    case 'result':
      return isCount(data.id) && (isTokenResult(data.token) || isText(data.error, 40));
    case 'csp-violation':
      return isText(data.directive, 200);
    default:
      return false;
  }
}
