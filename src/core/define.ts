/**
 * Registers a tag once. A second copy of civicpay on the page (say, the script tag and an npm
 * build) keeps the first definition and warns instead of throwing.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.warn(`civicpay: <${tag}> is already defined by another copy of civicpay; keeping the first one.`);
  }
}
