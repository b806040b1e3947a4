import { expect } from '@open-wc/testing';
import { consent } from '../../src/consent/index.js';
import { captureWarnings, resetConsent } from '../helpers/consent.js';
import { addGated, enforcePolicy, recordInline, settle } from '../helpers/gated.js';
import '../helpers/lit-warnings.js';

// This page's CSP allows only inline script with its nonce or one hash (and files from this site,
// which the test runner needs): a block with the nonce, or with that code, runs; any other is
// stopped and named.
const hashedCode = recordInline('by-hash');
const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(hashedCode));
const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
enforcePolicy(`script-src 'self' 'nonce-c1typ4ge' 'sha256-${hash}'`);

describe('gated inline scripts under a nonce-based CSP', () => {
  beforeEach(() => {
    consent.get();
    window.gatedOrder = [];
  });
  afterEach(() => {
    document.querySelectorAll('script[data-civic-consent]').forEach((s) => s.remove());
    resetConsent();
  });

  it('runs a block that carries the nonce: the copy gets it too', async () => {
    const block = addGated('analytics', { code: recordInline('with-nonce'), attributes: { nonce: 'c1typ4ge' } });
    consent.acceptAll();
    await settle();
    expect(window.gatedOrder).to.deep.equal(['with-nonce']);
    expect((block.nextElementSibling as HTMLScriptElement).nonce).to.equal('c1typ4ge');
  });

  it('runs a block whose code the policy allows by its hash: the copy keeps the code as it is', async () => {
    addGated('analytics', { code: hashedCode });
    consent.acceptAll();
    await settle();
    expect(window.gatedOrder).to.deep.equal(['by-hash']);
  });

  it('does not run a block without it, and says which block, which category and which directive', async () => {
    const warnings = captureWarnings();
    addGated('analytics', { code: recordInline('first'), attributes: { nonce: 'c1typ4ge' } });
    addGated('marketing', { code: recordInline('no-nonce') });
    addGated('analytics', { code: recordInline('named'), attributes: { id: 'ga4-config' } });
    consent.acceptAll();
    await settle();
    warnings.stop();
    expect(window.gatedOrder).to.deep.equal(['first']);
    expect(warnings.messages).to.deep.equal([
      "civicpay: gated script number 2 on the page (marketing) did not run: the page's Content-Security-Policy directive script-src-elem stopped it.",
      "civicpay: gated script #ga4-config (analytics) did not run: the page's Content-Security-Policy directive script-src-elem stopped it.",
    ]);
  });

  it('names an external gated script the policy refuses, too', async () => {
    const warnings = captureWarnings();
    addGated('marketing', { src: 'http://127.0.0.1:8100/test/consent/fixtures/record.js?name=elsewhere' });
    consent.acceptAll();
    await settle();
    warnings.stop();
    expect(window.gatedOrder).to.deep.equal([]);
    expect(warnings.messages).to.deep.equal([
      "civicpay: gated script number 1 on the page (marketing) did not run: the page's Content-Security-Policy directive script-src-elem stopped it.",
    ]);
  });
});
