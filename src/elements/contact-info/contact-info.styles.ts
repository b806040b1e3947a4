import { css } from 'lit';

export const contactInfoStyles = css`
  [part='base'] {
    display: grid;
    gap: var(--_space);
    max-width: 40rem;
    min-height: 8rem;
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  p {
    margin: 0;
  }
  form {
    display: grid;
    gap: var(--_space);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: 0.5em 0.75em 0.75em;
    display: grid;
    gap: 0.75em;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  .field {
    display: grid;
    gap: 0.25em;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr) minmax(0, 1fr);
    gap: 0.75em;
  }
  @media (max-width: 36em) {
    .row {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .optional {
    font-weight: normal;
    color: var(--_muted);
  }
  .field-error {
    font-weight: 600;
  }
  .field-error::before {
    content: '✖ ';
  }
  [part='error-summary'] {
    border: 3px solid var(--_error);
    border-radius: var(--_radius);
    padding: 0.75em;
  }
  [part='error-summary'] ul {
    margin: 0.5em 0 0;
    padding-left: 1.25em;
  }
  [part='error-summary'] button.link {
    color: var(--_error);
    text-align: start;
    min-height: 44px;
  }
  /* Empty, the status takes no room but stays rendered, so a status put into it is announced. */
  [part='message']:empty {
    padding: 0;
    border: 0;
  }
  [part='message'] {
    padding: 0.5em 0.75em;
    border-left: 4px solid currentColor;
  }
  [part='signed-out'],
  [part='loading'] {
    padding: 1em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .name {
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    [part='error-summary'] {
      border-color: CanvasText;
    }
  }
`;
