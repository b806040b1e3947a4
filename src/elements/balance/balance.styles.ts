import { css } from 'lit';

export const balanceStyles = css`
  [part='base'] {
    display: grid;
    gap: var(--_space);
    min-height: 8rem;
  }
  h2,
  h3 {
    margin: 0;
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.1em;
  }
  [part='chooser'] {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: 0.5em 0.75em;
  }
  [part='chooser'] legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    font-weight: normal;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .choice input {
    width: 1.25rem;
    height: 1.25rem;
    min-height: 0;
    flex: 0 0 auto;
    margin: 0;
  }
  [part='account'] {
    display: grid;
    gap: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
  }
  dl {
    display: grid;
    grid-template-columns: minmax(8em, max-content) minmax(0, 1fr);
    gap: 0.25em 1em;
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @media (max-width: 30em) {
    dl {
      grid-template-columns: minmax(0, 1fr);
    }
    dd {
      margin-bottom: 0.5em;
    }
  }
  .address span {
    display: block;
  }
  .amount {
    font-size: 1.25em;
    font-weight: 700;
  }
  [part='past-due'],
  [part='credit'],
  [part='notice'] {
    margin: 0;
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    border: 2px solid currentColor;
  }
  [part='past-due'] {
    color: var(--_warning);
    font-weight: 600;
  }
  [part='credit'] {
    color: var(--_success);
  }
  .badge {
    display: inline-block;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    margin-right: 0.25em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [part='signed-out'],
  [part='empty'],
  [part='loading'] {
    margin: 0;
    padding: 1em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  @media (forced-colors: active) {
    [part='past-due'],
    [part='credit'],
    [part='account'] {
      border-color: CanvasText;
    }
  }
`;
