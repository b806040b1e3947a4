import Cookies from 'js-cookie';
import { consent } from '../../src/consent/engine.js';

/** Forgets the choice, the page's consent settings and every cookie, for the next test. */
export function resetConsent(): void {
  consent.reset();
  consent.restoreDefaultSettings();
  for (const name of Object.keys(Cookies.get())) Cookies.remove(name, { path: '/' });
}

/** The `civic_consent` cookie as JSON, or undefined. */
export function storedConsent(): Record<string, unknown> | undefined {
  const raw = Cookies.get('civic_consent');
  return raw ? JSON.parse(raw) : undefined;
}

/** Pretends the browser sends Global Privacy Control or Do Not Track until `restore()`. */
export function sendSignal(name: 'globalPrivacyControl' | 'doNotTrack', value: unknown): () => void {
  Object.defineProperty(navigator, name, { configurable: true, get: () => value });
  return () => delete (navigator as unknown as Record<string, unknown>)[name];
}

/** Collects console.warn messages until the returned stop function is called. */
export function captureWarnings(): { messages: string[]; stop: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, stop: () => (console.warn = original) };
}

/** Visible text of an element's shadow root, whitespace collapsed. */
export function shownText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The focused element, looking through shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `element` has focus, with a short description of what has it (chai cannot print elements in shadow roots). */
export function hasFocus(element: Element): [boolean, string] {
  const active = focused();
  return [active === element, `focus is on ${active ? `<${active.localName} id="${active.id}">` : 'nothing'}`];
}
