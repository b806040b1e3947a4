import { unsafeCSS } from '@lit/reactive-element/css-tag.js';
import { tokenRules } from './token-rules.js';

/**
 * Design tokens. Hosts theme with public `--civic-*` properties; each maps to a private
 * `--_` value with a documented default, so a missing variable never leaves a control unstyled.
 *
 * @cssprop [--civic-color-primary=#00558c] - Buttons, links and focus accents.
 * @cssprop [--civic-color-primary-contrast=#ffffff] - Text on the primary colour.
 * @cssprop [--civic-color-text=#1b1b1b] - Body text.
 * @cssprop [--civic-color-muted=#525252] - Hints and secondary text.
 * @cssprop [--civic-color-surface=#ffffff] - Backgrounds of panels and dialogs.
 * @cssprop [--civic-color-border=#767676] - Borders of fields and panels.
 * @cssprop [--civic-color-error=#b3261e] - Error text and borders.
 * @cssprop [--civic-color-success=#1e6b3a] - Success text and borders.
 * @cssprop [--civic-color-warning=#8a4b00] - Past-due and warning text.
 * @cssprop [--civic-font-family=system-ui, sans-serif] - Font of every element.
 * @cssprop [--civic-font-size=1rem] - Base font size.
 * @cssprop [--civic-radius=4px] - Corner radius of fields, buttons and panels.
 * @cssprop [--civic-spacing=1rem] - Base spacing unit.
 * @cssprop [--civic-focus-ring=3px solid #1a73e8] - Outline of the focused control.
 */
export const tokens = /* @__PURE__ */ unsafeCSS(tokenRules);
