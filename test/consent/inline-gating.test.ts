import { expect } from '@open-wc/testing';
import { consent } from '../../src/consent/index.js';
import { captureWarnings, resetConsent } from '../helpers/consent.js';
import { addGated, recordInline, recordSrc, settle } from '../helpers/gated.js';
import '../helpers/lit-warnings.js';

// A page without a Content-Security-Policy: gated inline blocks run once their categories are granted.
describe('gated inline scripts on a page without a CSP', () => {
  const added: Element[] = [];
  beforeEach(() => {
    consent.get();
    window.gatedOrder = [];
  });
  afterEach(() => {
    added.splice(0).forEach((element) => element.remove());
    document.querySelectorAll('script:not([data-civic-consent])[src*="record.js"]').forEach((s) => s.remove());
    resetConsent();
  });

  it('runs a block only after its category is granted, once, with no warning', async () => {
    const warnings = captureWarnings();
    added.push(addGated('analytics', { code: recordInline('block') }));
    await settle();
    expect(window.gatedOrder).to.deep.equal([]);
    consent.set({ marketing: true });
    await settle();
    expect(window.gatedOrder, 'another category granted').to.deep.equal([]);
    consent.set({ analytics: true });
    await settle();
    expect(window.gatedOrder).to.deep.equal(['block']);
    consent.set({ analytics: false });
    consent.set({ analytics: true });
    consent.acceptAll();
    await settle();
    warnings.stop();
    expect(window.gatedOrder, 'at most once per page view').to.deep.equal(['block']);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('runs a block a CMS adds after consent, and its copy keeps the block’s data-type', async () => {
    consent.acceptAll();
    const block = addGated('marketing', {
      code: 'window.gatedOrder.push(typeof exports)',
      attributes: { 'data-type': 'text/javascript' },
    });
    added.push(block);
    await settle();
    expect(window.gatedOrder).to.deep.equal(['undefined']);
    expect((block.nextElementSibling as HTMLScriptElement).type).to.equal('text/javascript');
  });

  it('keeps the page order between gated blocks and gated files', async () => {
    added.push(
      addGated('analytics', { src: recordSrc('file-1') }),
      addGated('analytics', { code: recordInline('block-2') }),
      addGated('marketing', { src: recordSrc('file-3') }),
      addGated('analytics', { code: recordInline('block-4') }),
      addGated('analytics', { src: recordSrc('file-5') }),
    );
    consent.acceptAll();
    await settle();
    expect(window.gatedOrder).to.deep.equal(['file-1', 'block-2', 'file-3', 'block-4', 'file-5']);
  });

  it('keeps going after a gated file that does not load', async () => {
    added.push(
      addGated('analytics', { src: '/test/consent/fixtures/missing.js' }),
      addGated('analytics', { code: recordInline('after-missing') }),
    );
    consent.acceptAll();
    await settle();
    expect(window.gatedOrder).to.deep.equal(['after-missing']);
  });

  it('needs every category a block lists', async () => {
    added.push(addGated('analytics marketing', { code: recordInline('both') }));
    consent.set({ analytics: true });
    await settle();
    expect(window.gatedOrder).to.deep.equal([]);
    consent.set({ marketing: true });
    await settle();
    expect(window.gatedOrder).to.deep.equal(['both']);
  });

  it('never runs a script with a javascript: src, and warns', async () => {
    const warnings = captureWarnings();
    added.push(addGated('analytics', { src: 'javascript:window.gatedOrder.push("hostile")' }));
    consent.acceptAll();
    await settle();
    warnings.stop();
    expect(window.gatedOrder).to.deep.equal([]);
    expect(warnings.messages.join('\n')).to.match(/gated scripts need type="text\/plain"/);
  });
});
