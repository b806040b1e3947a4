/**
 * `css` for the consent elements: a constructable stylesheet straight from the literal, without
 * Lit's CSSResult class (a saving for civicpay.min.js, which every page loads). Constructable stylesheets are
 * adopted into shadow roots and need no `style-src 'unsafe-inline'`.
 */
export function css(strings: TemplateStringsArray, ...values: string[]): CSSStyleSheet {
  // A server render has no stylesheets, and nothing there adopts one.
  const sheet = globalThis.CSSStyleSheet && new CSSStyleSheet();
  sheet?.replaceSync(String.raw(strings, ...values));
  return sheet;
}
