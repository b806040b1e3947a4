/**
 * True when `value` resolves, against the page, to an http(s) URL. Relative URLs pass;
 * `javascript:`, `data:` and other schemes from configuration or JSON never reach the DOM.
 */
export function isSafeUrl(value: string | null | undefined): value is string {
  if (!value) return false;
  try {
    const { protocol } = new URL(value, document.baseURI);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
