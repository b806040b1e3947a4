import { css } from 'lit';

export const activityStyles = css`
  [part='base'] {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  [part='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
    border-top: 1px solid var(--_border);
  }
  [part='row'] {
    display: grid;
    grid-template-columns: minmax(9em, max-content) minmax(6em, max-content) minmax(0, 1fr) max-content;
    gap: 0.25em 1em;
    align-items: baseline;
    min-height: 3rem;
    padding: 0.6em 0.25em;
    border-bottom: 1px solid var(--_border);
  }
  [part='row']:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: -3px;
  }
  .type {
    font-weight: 600;
  }
  .description {
    overflow-wrap: anywhere;
  }
  .amount {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  @media (max-width: 40em) {
    [part='row'] {
      grid-template-columns: minmax(0, 1fr) max-content;
    }
    .description {
      grid-column: 1 / -1;
    }
  }
  .skeleton {
    display: block;
    height: 1em;
    border-radius: var(--_radius);
    background: var(--_border);
    opacity: 0.25;
  }
  [part='signed-out'],
  [part='empty'],
  [part='no-account'] {
    margin: 0;
    padding: 1em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .end {
    color: var(--_muted);
    margin: 0;
  }
  @media (forced-colors: active) {
    .skeleton {
      background: GrayText;
    }
  }
`;
