import { css } from 'lit';

export const guestPayStyles = css`
  :host {
    max-width: 40rem;
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space);
    font-size: 0.9em;
    color: var(--_muted);
  }
  .steps li {
    padding: 0.25em 0.5em;
    border-bottom: 3px solid transparent;
  }
  .steps li[aria-current='step'] {
    color: var(--_text);
    font-weight: 600;
    border-bottom-color: var(--_primary);
  }
  h2 {
    font-size: 1.3em;
    margin: 0 0 var(--_space);
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: var(--_focus-ring);
  }
  form {
    display: grid;
    gap: var(--_space);
  }
  fieldset {
    border: none;
    margin: 0;
    padding: 0;
  }
  legend {
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-weight: normal;
    min-height: 44px;
  }
  .choice input {
    width: 1.25em;
    min-height: 1.25em;
    height: 1.25em;
    margin: 0;
    flex: none;
  }
  .field {
    display: grid;
    gap: 0.25em;
  }
  /* An empty field error takes no room. The empty live region stays rendered too: one hidden with
     display: none is not in the accessibility tree, and a message inserted into it may never be announced. */
  .field-error:empty,
  .message.empty {
    margin: 0;
    padding: 0;
    border: 0;
  }
  input[readonly] {
    background: transparent;
    border-style: dashed;
  }
  .summary {
    margin: 0;
    display: grid;
    gap: 0.25em;
  }
  .summary > div {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 var(--_space);
  }
  .summary dt {
    color: var(--_muted);
  }
  .summary dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .summary .total {
    border-top: 1px solid var(--_border);
    padding-top: 0.25em;
    font-weight: 700;
  }
  .summary .total dt {
    color: var(--_text);
  }
  .message {
    margin: var(--_space) 0;
    padding: 0.75em;
    border-left: 4px solid var(--_error);
    color: var(--_error);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }
  .status {
    color: var(--_muted);
    min-height: 1.5em;
    margin: calc(var(--_space) * 0.5) 0 0;
  }
  .authorization {
    margin: 0;
  }
  .receipt .thanks {
    color: var(--_success);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    /* System colours replace ours, turning every step's transparent border into text colour. */
    .steps li {
      forced-color-adjust: none;
      color: CanvasText;
      border-bottom-color: Canvas;
    }
    .steps li[aria-current='step'] {
      border-bottom-color: Highlight;
    }
  }
  civic-payment-fields[hidden] {
    display: none;
  }
  @media print {
    .steps,
    .actions,
    .status,
    .message {
      display: none !important;
    }
    :host {
      color: #000 !important;
    }
  }
`;
