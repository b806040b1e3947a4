import { expect } from '@open-wc/testing';
import { consent } from '../../src/consent/index.js';
import { captureWarnings, resetConsent } from '../helpers/consent.js';
import { addGated, enforcePolicy, recordInline, settle } from '../helpers/gated.js';
import '../helpers/lit-warnings.js';

interface ScriptPolicy {
  name: string;
  createScript(code: string): unknown;
}

// A hostile script that ran first can catch every policy the page creates, as this wrapper does:
// the civicpay-consent policy must then be of no use to it.
const policies: ScriptPolicy[] = [];
const trustedTypes = (window as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptPolicy } })
  .trustedTypes!;
const createPolicy = trustedTypes.createPolicy.bind(trustedTypes);
trustedTypes.createPolicy = (name, rules) => {
  const policy = createPolicy(name, rules);
  policies.push(policy);
  return policy;
};

enforcePolicy("require-trusted-types-for 'script'");

describe('gated inline scripts under Trusted Types', () => {
  afterEach(() => {
    document.querySelectorAll('script[data-civic-consent]').forEach((s) => s.remove());
    resetConsent();
  });

  it('is enforced on this page: a string is refused as script text', () => {
    expect(() => (document.createElement('script').text = 'window.gatedOrder = []')).to.throw(TypeError);
  });

  it('runs a block through the civicpay-consent policy, which passes nothing a page script asks of it', async () => {
    window.gatedOrder = [];
    const warnings = captureWarnings();
    const code = recordInline('trusted');
    addGated('analytics', { code });
    consent.acceptAll();
    await settle();
    warnings.stop();
    expect(window.gatedOrder).to.deep.equal(['trusted']);
    expect(warnings.messages).to.deep.equal([]);

    const policy = policies.find((candidate) => candidate.name === 'civicpay-consent');
    expect(policy, 'the policy was created').to.exist;
    // Not even the text of a block on the page: only civicpay, while it copies a block, gets a pass.
    for (const text of ['window.gatedOrder.push("hostile")', code, '']) {
      expect(() => policy!.createScript(text), text).to.throw(TypeError);
    }
  });
});
