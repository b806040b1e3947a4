import { expect } from '@open-wc/testing';
import { consent } from '../../src/consent/index.js';
import type { AuditReport } from '../../src/consent/audit.js';
import { showAudit } from '../../src/consent/audit-panel.js';
import { resetConsent } from '../helpers/consent.js';
import { addGated, recordInline, settle } from '../helpers/gated.js';
import '../helpers/lit-warnings.js';

// The test page is http://localhost:8100; http://127.0.0.1:8100 is another site.
const elsewhere = 'http://127.0.0.1:8100/test/consent/fixtures';

function add<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, text = '') {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (text) element.append(document.createTextNode(text));
  document.body.append(element);
  return element;
}

describe('the consent check', () => {
  const added: Element[] = [];
  let pixel: HTMLImageElement;
  let cookieWriter: HTMLScriptElement;
  let frame: HTMLIFrameElement;
  let harmless: HTMLScriptElement;

  beforeEach(async () => {
    window.gatedOrder = [];
    pixel = add('img', { src: `${elsewhere}/pixel.gif?ev=PageView`, alt: '', width: '1', height: '1' });
    cookieWriter = add('script', {}, 'document.cookie = "pasted_tracker=1; path=/";');
    harmless = add('script', {}, 'window.gatedOrder.push("harmless")');
    frame = add('iframe', { src: `${elsewhere}/frame.html`, title: 'Map' });
    added.push(pixel, cookieWriter, harmless, frame);
    await new Promise((resolve) => pixel.addEventListener('load', resolve, { once: true }));
  });
  afterEach(() => {
    added.splice(0).forEach((element) => element.remove());
    document.querySelectorAll('[data-civicpay-audit]').forEach((panel) => panel.remove());
    document.documentElement.lang = 'en';
    resetConsent();
  });

  it('lists every gated element with its category, whether it ran and why not', async () => {
    const ran = addGated('analytics', { code: recordInline('ran'), attributes: { id: 'ga4-config' } });
    const waiting = addGated('analytics marketing', { src: '/test/consent/fixtures/record.js?name=waiting' });
    const misspelt = addGated('analitycs', { code: recordInline('never') });
    const untyped = add('script', { 'data-civic-consent': 'marketing' }, '');
    const missing = addGated('analytics', { src: '/test/consent/fixtures/missing.js' });
    const hostile = addGated('analytics', { src: 'javascript:void 0' });
    added.push(ran, waiting, misspelt, untyped, missing, hostile);
    consent.set({ analytics: true });
    await settle();

    const { gated } = await consent.audit();
    const about = (element: Element) => {
      const found = gated.find((each) => each.element === element);
      return (
        found && {
          name: found.name,
          categories: found.categories,
          ran: found.ran,
          status: found.status,
          detail: found.detail,
        }
      );
    };
    expect(about(ran)).to.deep.equal({
      name: '#ga4-config',
      categories: ['analytics'],
      ran: true,
      status: 'ran',
      detail: undefined,
    });
    expect(about(waiting)).to.deep.equal({
      name: 'number 2 on the page',
      categories: ['analytics', 'marketing'],
      ran: false,
      status: 'waiting-for-consent',
      detail: 'marketing',
    });
    expect(about(misspelt)).to.include({ ran: false, status: 'unknown-category', detail: 'analitycs' });
    expect(about(untyped)).to.include({ ran: true, status: 'not-text-plain' });
    expect(about(missing)).to.include({ ran: false, status: 'failed-to-load' });
    expect(about(hostile)).to.include({ ran: false, status: 'bad-url' });
  });

  it('lists the pixel, the frame and the script that are not gated, and why, and leaves out what is harmless', async () => {
    const { ungated } = await consent.audit();
    const about = (element: Element) => {
      const found = ungated.find((each) => each.element === element);
      return found && { kind: found.kind, origin: found.origin, reasons: found.reasons };
    };
    expect(about(pixel)).to.deep.equal({ kind: 'pixel', origin: 'http://127.0.0.1:8100', reasons: ['other-site'] });
    expect(about(frame)).to.deep.equal({ kind: 'iframe', origin: 'http://127.0.0.1:8100', reasons: ['other-site'] });
    expect(about(cookieWriter)).to.deep.equal({ kind: 'script', origin: undefined, reasons: ['writes-cookies'] });
    expect(about(harmless)).to.equal(undefined);
  });

  it('shows the check on the page, accessible, and runs it again after a change', async () => {
    addGated('marketing', { code: recordInline('later'), attributes: { id: 'pixel-init' } });
    let report: AuditReport | undefined;
    const host = await showAudit(async () => (report = await consent.audit()));
    const panel = host.shadowRoot!;
    expect(panel.querySelector('h2')!.textContent).to.equal('Consent check');
    expect(panel.textContent).to.include('Waiting for consent to: marketing.');
    expect(panel.textContent).to.include('Loads from another site: http://127.0.0.1:8100.');
    expect(panel.textContent).to.include('Its code writes cookies.');
    await expect(host).to.be.accessible();

    consent.acceptAll();
    await settle();
    expect(report!.gated.find((each) => each.name === '#pixel-init')?.ran).to.equal(true);
    expect(panel.textContent).not.to.include('Waiting for consent to: marketing.');

    [...panel.querySelectorAll('button')].find((button) => button.textContent === 'Close')!.click();
    expect(host.isConnected).to.equal(false);
  });

  it('speaks Spanish on a Spanish page', async () => {
    document.documentElement.lang = 'es';
    addGated('marketing', { code: recordInline('later') });
    const host = await showAudit(() => consent.audit());
    const panel = host.shadowRoot!;
    expect(panel.querySelector('h2')!.textContent).to.equal('Revisión del consentimiento');
    expect(panel.textContent).to.include('Espera el consentimiento para: marketing.');
    expect(panel.textContent).to.include('Carga desde otro sitio: http://127.0.0.1:8100.');
    expect([...panel.querySelectorAll('button')].map((button) => button.textContent)).to.deep.equal([
      'Revisar de nuevo',
      'Cerrar',
    ]);
    await expect(host).to.be.accessible();
  });
});
