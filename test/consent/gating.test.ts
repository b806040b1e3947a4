import { expect, nextFrame } from '@open-wc/testing';
import { consent } from '../../src/consent/index.js';
import { captureWarnings, resetConsent } from '../helpers/consent.js';
import '../helpers/lit-warnings.js';

declare global {
  interface Window {
    gatedRuns?: number;
  }
}

const gatedSrc = '/test/consent/fixtures/gated.js';

function addGatedScript(category: string, attributes: Record<string, string> = {}): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.dataset.civicConsent = category;
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  script.setAttribute('src', gatedSrc);
  document.body.append(script);
  return script;
}

async function settle(): Promise<void> {
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 100));
}

describe('gating of scripts and iframes', () => {
  const added: Element[] = [];
  beforeEach(() => {
    consent.get();
    window.gatedRuns = 0;
  });
  afterEach(() => {
    added.splice(0).forEach((element) => element.remove());
    document.querySelectorAll(`script[src$="gated.js"]`).forEach((script) => script.remove());
    resetConsent();
  });

  it('does not run a gated script before consent', async () => {
    added.push(addGatedScript('analytics'));
    await settle();
    expect(window.gatedRuns).to.equal(0);
  });

  it('runs it once when its category is granted, and a script added later too, exactly once', async () => {
    const first = addGatedScript('analytics', { nonce: 'n0nce', crossorigin: 'anonymous', 'data-type': 'module' });
    added.push(first);
    consent.set({ analytics: true });
    await settle();
    expect(window.gatedRuns).to.equal(1);
    const clone = first.nextElementSibling as HTMLScriptElement;
    expect(clone.type).to.equal('module');
    expect(clone.nonce).to.equal('n0nce');
    expect(clone.crossOrigin).to.equal('anonymous');

    added.push(addGatedScript('analytics'));
    await settle();
    expect(window.gatedRuns).to.equal(2);

    consent.set({ analytics: false });
    consent.set({ analytics: true });
    await settle();
    expect(window.gatedRuns).to.equal(2);
  });

  it('needs every listed category', async () => {
    added.push(addGatedScript('analytics marketing'));
    consent.set({ analytics: true });
    await settle();
    expect(window.gatedRuns).to.equal(0);
    consent.set({ marketing: true });
    await settle();
    expect(window.gatedRuns).to.equal(1);
  });

  it('warns once about an unknown category in markup and never runs it', async () => {
    const warnings = captureWarnings();
    added.push(addGatedScript('analitycs'), addGatedScript('analitycs'));
    consent.acceptAll();
    await settle();
    warnings.stop();
    expect(window.gatedRuns).to.equal(0);
    expect(warnings.messages.filter((message) => message.includes('"analitycs"'))).to.have.length(1);
  });

  it('loads a gated iframe from data-src when granted, and refuses javascript: URLs', async () => {
    const frame = document.createElement('iframe');
    frame.dataset.civicConsent = 'marketing';
    frame.dataset.src = '/test/consent/fixtures/frame.html';
    const hostile = document.createElement('iframe');
    hostile.dataset.civicConsent = 'marketing';
    hostile.dataset.src = 'javascript:parent.gatedRuns=42';
    document.body.append(frame, hostile);
    added.push(frame, hostile);
    await settle();
    expect(frame.getAttribute('src')).to.equal(null);
    const warnings = captureWarnings();
    consent.set({ marketing: true });
    warnings.stop();
    expect(frame.getAttribute('src')).to.equal('/test/consent/fixtures/frame.html');
    expect(hostile.hasAttribute('src')).to.equal(false);
    expect(window.gatedRuns).to.equal(0);
  });
});
