import { expect, nextFrame } from '@open-wc/testing';
import { consent } from '../../src/consent/index.js';
import { resetConsent } from '../helpers/consent.js';
import '../helpers/lit-warnings.js';

interface ScriptUrlPolicy {
  name: string;
  createScriptURL(url: string): unknown;
}

declare global {
  interface Window {
    gatedRuns?: number;
  }
}

// A hostile script that ran first can catch every policy the page creates, as this wrapper does:
// the civicpay-consent policy must then be of no use to it.
const policies: ScriptUrlPolicy[] = [];
const trustedTypes = (window as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptUrlPolicy } })
  .trustedTypes!;
const createPolicy = trustedTypes.createPolicy.bind(trustedTypes);
trustedTypes.createPolicy = (name, rules) => {
  const policy = createPolicy(name, rules);
  policies.push(policy);
  return policy;
};

describe('the civicpay-consent Trusted Types policy', () => {
  afterEach(() => {
    document.querySelectorAll('script[data-civic-consent], script[src$="gated.js"]').forEach((s) => s.remove());
    resetConsent();
  });

  it('passes the gated script it runs, and nothing a page script asks of it', async () => {
    window.gatedRuns = 0;
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset.civicConsent = 'analytics';
    script.setAttribute('src', '/test/consent/fixtures/gated.js');
    document.body.append(script);
    consent.set({ analytics: true });
    await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(window.gatedRuns).to.equal(1);

    const policy = policies.find((candidate) => candidate.name === 'civicpay-consent');
    expect(policy, 'the policy was created').to.exist;
    for (const url of [
      'https://evil.example/steal.js',
      new URL('/test/consent/fixtures/gated.js', location.href).href,
      'data:text/javascript,alert(1)',
      'javascript:alert(1)',
    ]) {
      expect(() => policy!.createScriptURL(url), url).to.throw();
    }
  });
});
