import { themeTokenNames, type ThemeTokens } from '../../frame/protocol.js';

/** The host's computed `--civic-*` values the frame can take; the frame checks each one again. */
export function readThemeTokens(element: Element): ThemeTokens {
  const style = getComputedStyle(element);
  const tokens: ThemeTokens = {};
  for (const name of themeTokenNames) {
    const value = style.getPropertyValue(`--civic-${name}`).trim();
    if (value) tokens[name] = value;
  }
  return tokens;
}
