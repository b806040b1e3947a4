import { css } from 'lit';

export const bannerStyles = css`
  :host {
    position: fixed;
    inset: auto 0 0 0;
    z-index: var(--civic-consent-z-index, 1000);
  }
  .banner,
  .status {
    max-height: 70vh;
    overflow: auto;
    padding: var(--_space);
    background: var(--_surface);
    border-top: 2px solid var(--_primary);
    box-shadow: 0 -2px 8px rgb(0 0 0 / 0.2);
  }
  .banner > * {
    max-width: 60rem;
    margin: 0 auto 0.5rem;
  }
  h2 {
    font-size: 1.125em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  /* Accept and Reject look the same and have the same size: neither is the nudged answer. */
  .choice {
    flex: 1 1 10rem;
  }
  a {
    color: var(--_primary);
  }
  @media (forced-colors: active) {
    .banner,
    .status {
      border-top: 2px solid CanvasText;
    }
  }
`;
