/**
 * Registers a tag once. A second copy of civicpay on the page (say, the script tag and an npm
 * build) keeps the first definition and warns instead of throwing. A server render without a
 * custom element registry gets nothing registered.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = globalThis.customElements?.get(tag);
  if (!existing) {
    globalThis.customElements?.define(tag, element);
  } else if (existing !== element) {
    warnSecondCopy(`<${tag}> is already defined by another copy of civicpay; keeping the first one.`);
  }
}

/** Warns once per page, however many tags two copies of civicpay both define: every copy sees the flag. */
export function warnSecondCopy(message: string): void {
  const page = globalThis as { civicpayWarned?: boolean };
  if (!page.civicpayWarned) console.warn(`civicpay: ${message}`);
  page.civicpayWarned = true;
}
