import { consentStyles } from '../elements/consent-shared/consent.styles.js';
import { css } from '../elements/consent-shared/css.js';
import { elementLocale } from '../core/element-locale.js';
import { loaderMessages } from './messages.js';

const placeholderStyles = css`
  [part='loading'] {
    color: var(--_muted);
  }
  [part='error'] p {
    margin: 0 0 0.5em;
  }
`;

/**
 * What a widget's place shows while its code loads, or after it failed to: a message in the
 * element's own shadow root (open, as every civicpay element's is; the element reuses it), so
 * the page never shows an empty box. Plain DOM: the element's own renderer takes the root over.
 */
export function showLoading(element: HTMLElement, focus = false): void {
  const status = create('p', 'loading', loaderMessages[elementLocale(element)].loading);
  status.setAttribute('role', 'status');
  status.tabIndex = -1;
  placeholderRoot(element).replaceChildren(status);
  if (focus) status.focus();
}

export function showFailure(element: HTMLElement, retry: () => void): void {
  const t = loaderMessages[elementLocale(element)];
  const alert = create('div', 'error');
  alert.setAttribute('role', 'alert');
  const button = create('button', 'retry-button', t.retry);
  button.type = 'button';
  button.addEventListener('click', retry);
  alert.append(create('p', '', t.failed), button);
  placeholderRoot(element).replaceChildren(alert);
}

/** Empties the root just before the element's code takes it over. */
export function clearPlaceholder(element: HTMLElement): void {
  element.shadowRoot?.replaceChildren();
}

function placeholderRoot(element: HTMLElement): ShadowRoot {
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [consentStyles, placeholderStyles];
  return root;
}

function create<K extends keyof HTMLElementTagNameMap>(tag: K, part: string, text = ''): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (part) element.setAttribute('part', part);
  element.textContent = text;
  return element;
}
