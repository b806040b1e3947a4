import { css } from 'lit';

export const sessionsStyles = css`
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
  [part='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  [part~='session'] {
    display: grid;
    gap: 0.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em;
    background: var(--_surface);
  }
  [part~='current'] {
    border-width: 3px;
  }
  .browser {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .when {
    color: var(--_muted);
  }
  [part='confirm'] {
    display: grid;
    gap: 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  [part='signed-out'],
  [part='loading'] {
    padding: 1em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  /* Empty, the status takes no room but stays rendered, so a result put into it is announced. */
  [part='status']:empty {
    display: block;
    padding: 0;
    border: 0;
  }
  [part='status'] {
    padding: 0.5em 0.75em;
    border-left: 4px solid var(--_success);
  }
`;
