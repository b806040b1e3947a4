import { tokenRules } from '../../core/token-rules.js';
import { css } from './css.js';

/**
 * The design tokens and the consent elements' share of the base styles: typography, focus ring, 44 px buttons, links,
 * native dialogs, forced colours. A subset of core/styles.ts `baseStyles` (no form fields), kept
 * small for civicpay.min.js, which every page loads.
 */
export const consentStyles = css`
  ${tokenRules}
  :host {
    display: block;
  }
  * {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    min-height: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
  }
  .primary {
    background: var(--_primary);
    color: var(--_primary-contrast);
  }
  a {
    color: var(--_primary);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  dialog {
    max-width: min(36rem, calc(100vw - 1rem));
    max-height: calc(100vh - 1rem);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  h2 {
    margin-top: 0;
    font-size: 1.25em;
  }
  @media (forced-colors: active) {
    button,
    dialog {
      border: 2px solid ButtonText;
    }
    .primary {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
  }
`;
