import { css } from 'lit';

export const noticeStyles = css`
  :host {
    max-width: 48rem;
  }
  h1 {
    font-size: 1.75em;
    margin-top: 0;
  }
  h2 {
    font-size: 1.375em;
    margin-top: 1.5em;
  }
  h3 {
    font-size: 1.125em;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: var(--_focus-ring);
  }
  a {
    color: var(--_primary);
  }
  nav li {
    margin: 0.25rem 0;
  }
  nav a {
    display: inline-block;
    min-height: 24px;
  }
  p,
  li {
    overflow-wrap: anywhere;
  }
  @media print {
    nav,
    button {
      display: none;
    }
    :host {
      max-width: none;
      color: #000;
    }
    section {
      break-inside: avoid-page;
    }
  }
`;
