/** Tags the text as CSS, so the build minifies it like the CSS in Lit templates. */
const cssText = String.raw;

/**
 * The design tokens as plain CSS text, for stylesheets built without Lit's CSSResult (the consent
 * elements); LitElement elements use `tokens` from ./tokens.js, made from this same text.
 *
 * It also sets, on the host, the inherited text properties a widget keeps for itself, so a page
 * rule such as `* { color: red; letter-spacing: 2px }`, which matches the host element, cannot
 * reach inside through inheritance. `!important` is what makes a shadow root's `:host` rule beat
 * the page's rules for its host (docs/theming.md lists what a widget keeps and what it takes).
 */
export const tokenRules = cssText`
  :host {
    --_primary: var(--civic-color-primary, #00558c);
    --_primary-contrast: var(--civic-color-primary-contrast, #ffffff);
    --_text: var(--civic-color-text, #1b1b1b);
    --_muted: var(--civic-color-muted, #525252);
    --_surface: var(--civic-color-surface, #ffffff);
    --_border: var(--civic-color-border, #767676);
    --_error: var(--civic-color-error, #b3261e);
    --_success: var(--civic-color-success, #1e6b3a);
    --_warning: var(--civic-color-warning, #8a4b00);
    --_font: var(--civic-font-family, system-ui, sans-serif);
    --_font-size: var(--civic-font-size, 1rem);
    --_radius: var(--civic-radius, 4px);
    --_space: var(--civic-spacing, 1rem);
    --_focus-ring: var(--civic-focus-ring, 3px solid #1a73e8);
    font: var(--_font-size) / 1.5 var(--_font) !important;
    color: var(--_text) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
  }
`;
