import { expect } from '@open-wc/testing';
import { billingFor } from '../../src/core/billing.js';
import { TEST_API, TENANT, RESIDENT } from './env.js';

/** The page's shared session for the test API and tenant, as every element on the page sees it. */
export const billing = () => billingFor(TEST_API, TENANT);

export async function signInResident(): Promise<void> {
  const { client, session } = billing();
  if (!session.signedIn) await session.signIn(client, RESIDENT);
}

export async function signOutEverywhere(): Promise<void> {
  const { client, session } = billing();
  await session.signOut(client);
  billingFor(TEST_API, 'harbor-district').session.expire();
}

type FetchHandler = (request: Request, realFetch: typeof fetch) => Response | Promise<Response>;

const realFetch = window.fetch;

/**
 * Replaces `window.fetch` (the billing client calls it with a Request) until `restoreFetch()`,
 * which each suite's `afterEach` calls.
 */
export function stubFetch(handler: FetchHandler): void {
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    Promise.resolve(handler(input instanceof Request ? input : new Request(input, init), realFetch));
}

export function restoreFetch(): void {
  window.fetch = realFetch;
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type, ...headers } });
}

/** True when the request is for `path` (after the API's base URL), any query string. */
export function isPath(request: Request, method: string, path: RegExp): boolean {
  return request.method === method.toUpperCase() && path.test(new URL(request.url).pathname);
}

/** The element's shadow root, typed. */
export function shadow(element: Element): ShadowRoot {
  return element.shadowRoot!;
}

export function part<T extends Element = HTMLElement>(element: Element, name: string): T | null {
  return shadow(element).querySelector<T>(`[part~="${name}"]`);
}

/** The rendered text of an element's shadow root, whitespace collapsed. */
export function textOf(element: Element): string {
  const root = shadow(element);
  const base = root.querySelector('[part~="base"]') ?? root;
  return (base.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function buttonNamed(element: Element, name: string | RegExp): HTMLButtonElement | undefined {
  return [...shadow(element).querySelectorAll('button')].find((button) =>
    typeof name === 'string' ? button.textContent?.trim() === name : name.test(button.textContent ?? ''),
  );
}

/**
 * A failed load is announced once, through the element's persistent alert region (the same node
 * it rendered empty before), and also shown next to its Try again button; the state passes axe.
 */
export async function expectAnnouncedLoadError(element: Element, region: Element, message: string): Promise<void> {
  expect(part(element, 'alert')).to.equal(region);
  expect(region.textContent).to.equal(message);
  expect(part(element, 'error')!.textContent).to.contain(message);
  expect(shadow(element).querySelectorAll('[role="alert"]')).to.have.length(1);
  await expect(element).to.be.accessible();
}
