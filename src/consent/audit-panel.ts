import { html, render } from 'lit/html.js';
import { elementLocale } from '../core/element-locale.js';
import en from '../core/i18n/en/audit.js';
import es from '../core/i18n/es/audit.js';
import { consentStyles } from '../elements/consent-shared/consent.styles.js';
import { css } from '../elements/consent-shared/css.js';
import type { AuditReport, GatedFinding, UngatedFinding } from './audit.js';

type Messages = typeof en;

const panelStyles = css`
  section {
    margin: 1em;
    padding: 1em;
    border: 2px solid var(--_primary);
    background: var(--_surface);
  }
  table {
    border-collapse: collapse;
    margin-block: 1em;
    width: 100%;
  }
  caption {
    font-weight: bold;
    text-align: start;
  }
  th,
  td {
    border: 1px solid var(--_muted);
    padding: 0.25em 0.5em;
    text-align: start;
    vertical-align: top;
  }
  code {
    overflow-wrap: anywhere;
  }
`;

/**
 * Shows the consent check at the top of the page, in the page's language, and runs it again on
 * every consent change and on "Check again". Plain lit-html in a shadow root, like the banner.
 */
export async function showAudit(check: () => Promise<AuditReport>): Promise<HTMLElement> {
  if (document.readyState === 'loading') await new Promise((done) => addEventListener('DOMContentLoaded', done));
  const host = document.createElement('div');
  host.dataset.civicpayAudit = '';
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [consentStyles, panelStyles];
  // Both languages ride in this chunk: it loads only for an editor's check.
  const t = { en, es }[elementLocale(document.documentElement)];
  const update = async () => render(panel(t, await check(), update, close), root);
  const close = () => {
    document.removeEventListener('civic-consent-change', update);
    host.remove();
  };
  document.addEventListener('civic-consent-change', update);
  document.body.prepend(host);
  await update();
  return host;
}

function panel(t: Messages, report: AuditReport, update: () => void, close: () => void) {
  return html`<section aria-labelledby="audit-title">
    <h2 id="audit-title">${t.title}</h2>
    <p>${t.intro}</p>
    ${table(
      t.gatedCaption,
      [t.element, t.categories, t.ran, t.why],
      report.gated.map((found) => [
        html`<code>${describe(found.element)}</code> (${found.name})`,
        found.categories.join(' '),
        found.ran ? t.yes : t.no,
        why(t, found),
      ]),
      t.none,
    )}
    ${table(
      t.ungatedCaption,
      [t.element, t.kind, t.found],
      report.ungated.map((found) => [
        html`<code>${describe(found.element)}</code>`,
        t[found.kind],
        found.reasons
          .map((reason) => (reason === 'other-site' ? t.otherSite(found.origin!) : t.writesCookies))
          .join(' '),
      ]),
      t.none,
    )}
    <button type="button" @click=${update}>${t.checkAgain}</button>
    <button type="button" @click=${close}>${t.close}</button>
  </section>`;
}

function table(caption: string, headings: string[], rows: unknown[][], none: string) {
  if (!rows.length) return html`<p><strong>${caption}</strong>: ${none}</p>`;
  return html`<table>
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        ${headings.map((heading) => html`<th scope="col">${heading}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (cells) =>
          html`<tr>
            ${cells.map((cell) => html`<td>${cell}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function why(t: Messages, found: GatedFinding): string {
  switch (found.status) {
    case 'ran':
      return '';
    case 'waiting-for-consent':
      return t.waiting(found.detail!);
    case 'unknown-category':
      return t.unknownCategory(found.detail!);
    case 'blocked-by-csp':
      return t.blocked(found.detail!);
    case 'failed-to-load':
      return t.failed;
    case 'not-text-plain':
      return t.notTextPlain;
    case 'bad-url':
      return t.badUrl;
    case 'pending':
      return t.pending;
  }
}

/** `<script src="…">`, `<iframe src="…">`, or an inline script's first words. */
function describe(element: UngatedFinding['element']): string {
  const address = element.getAttribute('src') ?? element.getAttribute('data-src');
  if (address) return `<${element.localName} src="${address}">`;
  const code = (element.textContent ?? '').trim().replace(/\s+/g, ' ');
  return `<${element.localName}> ${code.length > 60 ? `${code.slice(0, 60)}…` : code}`;
}
