import { themeTokenNames, type ThemeTokenName } from './protocol.js';

const color = /^(#[0-9a-f]{3,8}|rgba?\(\s*\d{1,3}(\s*,\s*\d{1,3}){2}(\s*,\s*(0|1|0?\.\d+))?\s*\))$/i;
const length = /^\d{1,3}(\.\d{1,3})?(px|rem)$/;
const fontFamily = /^[a-z0-9 ,'"-]{1,200}$/i;

function acceptable(name: ThemeTokenName, value: string): boolean {
  if (name.startsWith('color-')) return color.test(value);
  if (name === 'font-family') return fontFamily.test(value);
  return length.test(value);
}

/**
 * Applies the host's theme tokens that pass a strict check, as `--civic-*` custom properties on
 * the frame's root. Anything else (url(), expressions, unknown names) is dropped, so a host
 * page cannot smuggle CSS into the frame. CSSOM writes are not blocked by `style-src 'self'`.
 */
export function applyTheme(theme: Record<string, unknown>): void {
  for (const name of themeTokenNames) {
    const value = theme[name];
    if (typeof value === 'string' && acceptable(name, value.trim())) {
      document.documentElement.style.setProperty(`--civic-${name}`, value.trim());
    }
  }
}
