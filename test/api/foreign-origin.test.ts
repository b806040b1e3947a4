import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import en from '../../src/core/i18n/en/common.js';
import es from '../../src/core/i18n/es/common.js';
import { TENANT, TEST_API } from '../helpers/env.js';
import '../helpers/lit-warnings.js';

interface Report {
  getTenant: string;
  createLookup: string;
  listAccounts: string;
  unreachable: string;
  en: string;
  es: string;
  origin: string;
  consoleErrors: string[];
}

describe('a page on an origin the tenant does not allow', () => {
  let report: Report;

  before(async () => {
    const page = `http://127.0.0.1:${location.port}/test/api/fixtures/foreign-origin-page.html`;
    const reports: Report[] = [];
    const onMessage = (event: MessageEvent) => {
      if (event.origin === new URL(page).origin) reports.push(event.data as Report);
    };
    window.addEventListener('message', onMessage);
    try {
      await fixture(html`<iframe title="a page the tenant does not allow" src=${page}></iframe>`);
      await waitUntil(() => reports.length > 0, 'the page never reported', { timeout: 12_000 });
    } finally {
      window.removeEventListener('message', onMessage);
    }
    report = reports[0]!;
  });

  it('gets origin_not_allowed from the API, for simple and preflighted calls alike', () => {
    expect(report.origin).to.equal(`http://127.0.0.1:${location.port}`);
    expect(report.getTenant).to.equal('origin_not_allowed');
    expect(report.createLookup).to.equal('origin_not_allowed');
    expect(report.listAccounts).to.equal('origin_not_allowed');
  });

  it('still calls an API that cannot be reached a network failure', () => {
    expect(report.unreachable).to.equal('network');
  });

  it('tells the developer in the console, once per client, naming the page origin and the tenant', () => {
    // The page's own client, and the one its two guest-pay elements share.
    expect(report.consoleErrors).to.have.length(2);
    for (const line of report.consoleErrors) {
      expect(line).to.include(report.origin);
      expect(line).to.include(`"${TENANT}"`);
      expect(line).to.include(TEST_API);
    }
  });

  it('tells the resident, in their language, that the page is not set up, not to check their connection', () => {
    expect(report.en).to.equal(`origin_not_allowed: ${en.errorOriginNotAllowed}`);
    expect(report.es).to.equal(`origin_not_allowed: ${es.errorOriginNotAllowed}`);
    expect(report.en.toLowerCase()).not.to.include('connection');
    expect(report.es.toLowerCase()).not.to.include('conexión');
  });
});
