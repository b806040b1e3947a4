import { css } from 'lit';

export const paymentFieldsStyles = css`
  iframe {
    display: block;
    width: 100%;
    border: 0;
    /* The frame reports its exact height; it never scrolls inside. */
    overflow: hidden;
    color-scheme: normal;
  }
  iframe.pending {
    visibility: hidden;
    height: 0;
  }
  iframe.failed {
    display: none;
  }
  [part='error'] {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  p {
    margin: 0;
  }
`;
