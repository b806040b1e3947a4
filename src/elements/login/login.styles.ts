import { css } from 'lit';

export const loginStyles = css`
  [part='base'] {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    max-width: 28rem;
  }
  h2 {
    font-size: 1.25em;
    margin: 0;
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .password-row {
    display: flex;
    gap: 0.5rem;
    align-items: stretch;
  }
  .password-row input {
    flex: 1 1 auto;
    min-width: 0;
  }
  .password-row button {
    flex: 0 0 auto;
    white-space: nowrap;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  /* Empty, the message takes no room but stays rendered, so a message put into it is announced. */
  [part='message']:empty {
    padding: 0;
    border: 0;
  }
  [part='message'] {
    margin: 0;
    padding: 0.5em 0.75em;
    border-left: 4px solid var(--_error);
    background: var(--_surface);
  }
  [part='message'].info {
    border-left-color: var(--_primary);
    color: var(--_text);
  }
  [part='notice'] {
    margin: 0;
  }
  [part='support'] {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em;
  }
  [part='support'] dl {
    margin: 0.5em 0 0;
  }
  [part='support'] dt {
    font-weight: 600;
  }
  [part='support'] dd {
    margin: 0 0 0.5em;
    overflow-wrap: anywhere;
  }
  a {
    color: var(--_primary);
  }
  [part='signed-in'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  [part='signed-in'] p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  [part='warning'] {
    border: 3px solid var(--_warning);
    border-radius: var(--_radius);
    padding: 0.75em;
    background: var(--_surface);
  }
  [part='warning'] h2 {
    margin: 0 0 0.25em;
    font-size: 1.1em;
  }
  [part='warning'] h2::before {
    content: '⚠ ';
  }
  @media (forced-colors: active) {
    [part='warning'],
    [part='message'] {
      border-color: CanvasText;
    }
  }
`;
