/** The focused element, looking inside open shadow roots (document.activeElement stops at the host). */
export function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}

/**
 * Keeps Tab and Shift+Tab inside `container` (a modal dialog), wrapping at either end, so focus
 * never escapes to the browser's toolbar or the page behind.
 */
export function keepTabInside(event: KeyboardEvent, container: HTMLElement): void {
  if (event.key !== 'Tab') return;
  const focusable = [...container.querySelectorAll<HTMLElement>('button, input, a[href], [tabindex="0"]')].filter(
    (element) => !(element as HTMLButtonElement).disabled,
  );
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const active = (container.getRootNode() as ShadowRoot).activeElement;
  if (event.shiftKey ? active === first || active === container : active === last) {
    event.preventDefault();
    (event.shiftKey ? last : first)?.focus();
  }
}
