import { css } from 'lit';

export const preferencesStyles = css`
  :host {
    display: contents;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.75rem;
    align-items: center;
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--_border);
  }
  input[type='checkbox'] {
    width: 1.5rem;
    height: 1.5rem;
    min-height: 0;
    margin: 0;
    accent-color: var(--_primary);
  }
  label {
    min-height: 44px;
    display: flex;
    align-items: center;
  }
  li .hint {
    grid-column: 2;
    margin: 0;
  }
`;
