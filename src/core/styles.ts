import { css } from 'lit';

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
export const tokens = css`
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
  }
`;

/** Shared base: typography, focus, buttons, fields, messages, reduced motion, forced colours. */
export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    min-height: 44px;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_primary);
    cursor: pointer;
  }
  button.primary {
    background: var(--_primary);
    color: var(--_primary-contrast);
  }
  button.secondary {
    background: var(--_surface);
    color: var(--_primary);
  }
  button.link {
    border: none;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
    padding: 0.25em;
    min-height: 24px;
  }
  button[disabled],
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  label {
    display: block;
    font-weight: 600;
  }
  input,
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em;
    min-height: 44px;
    width: 100%;
    max-width: 100%;
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--_error);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .field-error,
  .config-problem,
  .error {
    color: var(--_error);
  }
  .success {
    color: var(--_success);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    button,
    input,
    select {
      border: 1px solid ButtonText;
    }
    button.primary {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
  }
`;
