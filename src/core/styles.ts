import { css } from 'lit';

export { tokens } from './tokens.js';

/** Shared base: typography, focus, buttons, fields, messages, reduced motion, forced colours. */
export const baseStyles = css`
  :host {
    display: block;
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
    min-height: 44px;
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
