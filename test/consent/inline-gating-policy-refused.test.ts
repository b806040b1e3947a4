import { expect } from '@open-wc/testing';
import { consent } from '../../src/consent/index.js';
import { captureWarnings, resetConsent } from '../helpers/consent.js';
import { addGated, enforcePolicy, recordInline, settle } from '../helpers/gated.js';
import '../helpers/lit-warnings.js';

// Trusted Types with a list of policies that leaves out civicpay-consent.
enforcePolicy("require-trusted-types-for 'script'; trusted-types lit-html");

describe('gated inline scripts when the trusted-types list leaves out civicpay-consent', () => {
  afterEach(resetConsent);

  it('does not run the block, and names the block, its category and the directive', async () => {
    window.gatedOrder = [];
    const warnings = captureWarnings();
    addGated('functional', { code: recordInline('refused'), attributes: { id: 'translate-init' } });
    consent.acceptAll();
    await settle();
    warnings.stop();
    expect(window.gatedOrder).to.deep.equal([]);
    expect(warnings.messages).to.deep.equal([
      "civicpay: gated script #translate-init (functional) did not run: the page's Content-Security-Policy directive trusted-types stopped it.",
    ]);
  });
});
