import type { ReactiveElement } from 'lit';

/** The focused element, looking inside open shadow roots (document.activeElement stops at the host). */
export function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

/**
 * Awaits `work` and the render after it. When that removed the control that had focus inside
 * `host` (a Try again replaced by what it loaded), focus goes to the Try again now shown, or else
 * to the host's heading, instead of falling to the page.
 */
export async function keepFocusInside(host: ReactiveElement, work: () => Promise<unknown>): Promise<void> {
  const root = host.shadowRoot!;
  const hadFocus = root.activeElement !== null;
  await work();
  await host.updateComplete;
  if (hadFocus && root.activeElement === null) {
    (root.querySelector<HTMLElement>('[part~="error"] button') ?? root.querySelector<HTMLElement>('h2'))?.focus();
  }
}
