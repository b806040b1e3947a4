import { nextFrame } from '@open-wc/testing';

declare global {
  interface Window {
    gatedOrder?: string[];
  }
}

/**
 * Adds `<script type="text/plain" data-civic-consent=…>` to the body, as a CMS would: inline
 * `code` (appended as a text node, which needs no Trusted Types), or an external `src`.
 */
export function addGated(
  category: string,
  { code, src, attributes = {} }: { code?: string; src?: string; attributes?: Record<string, string> },
): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.dataset.civicConsent = category;
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  if (src) script.setAttribute('src', src);
  if (code) script.append(document.createTextNode(code));
  document.body.append(script);
  return script;
}

/** Inline code that records `name` in `window.gatedOrder` when it runs. */
export const recordInline = (name: string) => `(window.gatedOrder ??= []).push(${JSON.stringify(name)});`;

/** The fixture that records `name` when it runs. */
export const recordSrc = (name: string) => `/test/consent/fixtures/record.js?name=${name}`;

/** Lets mutation observers, inserted scripts and violation events happen. */
export async function settle(): Promise<void> {
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 150));
}

/** Puts a Content-Security-Policy `<meta>` in the head: it applies to this test page from now on. */
export function enforcePolicy(policy: string): void {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = policy;
  document.head.append(meta);
}
