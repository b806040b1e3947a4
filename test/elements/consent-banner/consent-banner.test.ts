import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import Cookies from 'js-cookie';
import { consent } from '../../../src/consent/index.js';
import { configure } from '../../../src/core/global-config.js';
import type { CivicConsentBanner } from '../../../src/elements/consent-banner/consent-banner.js';
import '../../../src/define/consent-banner.js';
import { focused, hasFocus, resetConsent, sendSignal, shownText, storedConsent } from '../../helpers/consent.js';
import '../../helpers/lit-warnings.js';

const part = (banner: Element, name: string) => banner.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const dialogOf = (banner: Element) =>
  banner.shadowRoot!.querySelector('civic-consent-preferences')!.shadowRoot!.querySelector('dialog')!;

async function banner(attributes = 'privacy-url="/privacy.html" last-updated="2017-12-08" revision="r1"') {
  const container = await fixture(`<div><civic-consent-banner ${attributes}></civic-consent-banner></div>`);
  const element = container.querySelector('civic-consent-banner') as CivicConsentBanner;
  await element.updateComplete;
  return element;
}

/**
 * The banner after a page button that sits in another element's shadow root and has focus, as when
 * a resident tabs on from a payment form; `tab(n)` presses Tab n times.
 */
async function bannerAfterPageButton() {
  const container = await fixture(
    html`<div>
      <div></div>
      <civic-consent-banner revision="r1"></civic-consent-banner>
    </div>`,
  );
  const pageButton = document.createElement('button');
  pageButton.textContent = 'Pay';
  container.firstElementChild!.attachShadow({ mode: 'open' }).append(pageButton);
  const element = container.querySelector('civic-consent-banner')!;
  await element.updateComplete;
  pageButton.focus();
  const tab = async (times: number) => {
    for (let i = 0; i < times; i++) await sendKeys({ press: 'Tab' });
  };
  return { element, pageButton, tab };
}

describe('<civic-consent-banner>', () => {
  afterEach(resetConsent);

  it('asks on a first visit, in a named non-modal region with the notice link and date', async () => {
    const element = await banner();
    const region = part(element, 'banner')!;
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('aria-modal')).to.equal(null);
    expect(element.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!.textContent).to.equal(
      'Cookies on this site',
    );
    expect(shownText(element)).to.contain('Last Updated: December 8, 2017');
    expect(part(element, 'notice')!.querySelector('a')!.getAttribute('href')).to.equal('/privacy.html');
    await expect(element).to.be.accessible();
  });

  it('sits fixed at the page edge, so it never moves the page', async () => {
    const element = await banner();
    expect(getComputedStyle(element).position).to.equal('fixed');
    expect(document.body.style.paddingBottom).to.equal('');
  });

  it('gives "Accept all" and "Reject all" the same weight', async () => {
    const element = await banner();
    const accept = part(element, 'accept-button')!;
    const reject = part(element, 'reject-button')!;
    const [a, r] = [getComputedStyle(accept), getComputedStyle(reject)];
    for (const property of ['background-color', 'color', 'font-size', 'font-weight', 'border-top-width', 'height']) {
      expect(a.getPropertyValue(property), property).to.equal(r.getPropertyValue(property));
    }
    expect(accept.getBoundingClientRect().width).to.be.closeTo(reject.getBoundingClientRect().width, 0.5);
    expect(accept.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('keeps Accept all and Reject all side by side on a 320 px phone, so the banner leaves room for the page', async () => {
    await setViewport({ width: 320, height: 568 });
    try {
      const element = await banner();
      const [accept, reject] = [part(element, 'accept-button')!, part(element, 'reject-button')!];
      expect(accept.getBoundingClientRect().top).to.equal(reject.getBoundingClientRect().top);
      expect(accept.getBoundingClientRect().width).to.be.closeTo(reject.getBoundingClientRect().width, 0.5);
      await expect(element).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('Reject all stores the rejection, hides the banner and announces it', async () => {
    const element = await banner();
    part(element, 'reject-button')!.click();
    await element.updateComplete;
    expect(storedConsent()).to.deep.include({
      rev: 'r1',
      src: 'banner',
      cat: { necessary: true, functional: false, analytics: false, marketing: false },
    });
    expect(part(element, 'banner')).to.equal(null);
    expect(part(element, 'status')!.getAttribute('role')).to.equal('status');
    expect(part(element, 'status')!.textContent).to.contain('Saved.');
    await expect(element).to.be.accessible();
  });

  it('Accept all grants everything', async () => {
    const element = await banner();
    part(element, 'accept-button')!.click();
    expect(consent.get()).to.deep.equal({ necessary: true, functional: true, analytics: true, marketing: true });
  });

  it('stays hidden for a returning resident and comes back, saying why, when the notice changes', async () => {
    consent.configure({ revision: 'r0' });
    consent.acceptAll();
    let element = await banner('revision="r0"');
    expect(part(element, 'banner')).to.equal(null);
    element.remove();
    element = await banner('revision="r1"');
    expect(part(element, 'message')!.textContent).to.equal(
      'Our privacy notice has changed. Please review your cookie choices again.',
    );
    await expect(element).to.be.accessible();
  });

  it('says when it honours Global Privacy Control', async () => {
    const restore = sendSignal('globalPrivacyControl', true);
    try {
      const element = await banner();
      expect(part(element, 'signal')!.textContent).to.contain('Global Privacy Control');
      await expect(element).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('speaks Spanish', async () => {
    const element = await banner('lang="es" last-updated="2017-12-08"');
    expect(part(element, 'reject-button')!.textContent!.trim()).to.equal('Rechazar todas');
    expect(shownText(element)).to.contain('8 de diciembre de 2017');
    await expect(element).to.be.accessible();
  });

  it('switches language when the page changes <html lang> or calls configure()', async () => {
    const page = document.documentElement;
    const pageLang = page.lang;
    try {
      const element = await banner();
      expect(part(element, 'reject-button')!.textContent!.trim()).to.equal('Reject all');
      page.lang = 'es';
      await waitUntil(() => part(element, 'reject-button')!.textContent!.trim() === 'Rechazar todas', 'still English');
      configure({ locale: 'en' });
      await waitUntil(() => part(element, 'reject-button')!.textContent!.trim() === 'Reject all', 'still Spanish');
      await expect(element).to.be.accessible();
    } finally {
      page.lang = pageLang;
      configure({ locale: undefined });
    }
  });

  it('marks its text with the language configure() chose, so an English page reads it as Spanish', async () => {
    configure({ locale: 'es' });
    try {
      const element = await banner();
      const langOf = (node: Element) => node.closest('[lang]')?.getAttribute('lang');
      expect(part(element, 'reject-button')!.textContent!.trim()).to.equal('Rechazar todas');
      expect(langOf(part(element, 'title')!)).to.equal('es');
      expect(langOf(element.shadowRoot!.querySelector('[role="status"]')!)).to.equal('es');
      const preferences = element.shadowRoot!.querySelector('civic-consent-preferences')!;
      await preferences.show(part(element, 'manage-button')!);
      expect(langOf(dialogOf(element).querySelector('h2')!)).to.equal('es');
      dialogOf(element).close();
    } finally {
      configure({ locale: undefined });
    }
  });

  it('never links to a javascript: notice address', async () => {
    const element = await banner('privacy-url="javascript:alert(1)"');
    expect(element.shadowRoot!.querySelector('a')).to.equal(null);
  });

  it('opens preferences from Manage preferences; Escape closes them and focus returns', async () => {
    const element = await banner();
    const manage = part(element, 'manage-button')!;
    manage.focus();
    manage.click();
    await new Promise((resolve) => setTimeout(resolve));
    const dialog = dialogOf(element);
    expect(dialog.open).to.equal(true);
    expect(dialog.contains(focused())).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(dialog.open).to.equal(false);
    expect(...hasFocus(manage)).to.equal(true);
    expect(Cookies.get('civic_consent')).to.equal(undefined);
  });

  it('gives focus back to the page when a keyboard choice hides it, not to <body>', async () => {
    const { element, pageButton, tab } = await bannerAfterPageButton();
    await tab(1);
    expect(...hasFocus(part(element, 'accept-button')!)).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(part(element, 'banner')).to.equal(null);
    expect(...hasFocus(pageButton)).to.equal(true);
    expect(part(element, 'status')!.textContent).to.contain('Saved.');
    await expect(element).to.be.accessible();
  });

  it('gives focus back to the page after a choice saved in the dialog it opened', async () => {
    const { element, pageButton, tab } = await bannerAfterPageButton();
    await tab(3);
    expect(...hasFocus(part(element, 'manage-button')!)).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve));
    const dialog = dialogOf(element);
    await tab(3);
    expect(...hasFocus(dialog.querySelector('[part="save-button"]')!)).to.equal(true);
    const closed = oneEvent(dialog, 'close');
    await sendKeys({ press: 'Enter' });
    await closed;
    expect(part(element, 'banner')).to.equal(null);
    expect(...hasFocus(pageButton)).to.equal(true);
    expect(part(element, 'status')!.textContent).to.contain('Saved.');
    await expect(element).to.be.accessible();
  });

  it('reopens preferences from any data-civic-consent-open element on the page', async () => {
    const element = await banner();
    consent.rejectAll();
    const link = await fixture<HTMLAnchorElement>(html`<a href="#cookies" data-civic-consent-open>Cookie settings</a>`);
    link.click();
    await new Promise((resolve) => setTimeout(resolve));
    expect(dialogOf(element).open).to.equal(true);
    expect(location.hash).not.to.equal('#cookies');
    const closed = oneEvent(dialogOf(element), 'close');
    dialogOf(element).close();
    await closed;
    expect(...hasFocus(link)).to.equal(true);
  });

  it('shows the reload notice when a withdrawn category already ran', async () => {
    const element = await banner();
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset.civicConsent = 'functional';
    script.src = '/test/consent/fixtures/gated.js';
    document.body.append(script);
    consent.set({ functional: true });
    const change = oneEvent(document, 'civic-consent-change');
    consent.set({ functional: false });
    await change;
    await element.updateComplete;
    expect(part(element, 'status')!.textContent).to.contain('Reload the page');
    await expect(element).to.be.accessible();
    script.remove();
  });

  it('gives focus back to the page when the reload notice is closed from the keyboard', async () => {
    const { element, pageButton, tab } = await bannerAfterPageButton();
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset.civicConsent = 'functional';
    script.src = '/test/consent/fixtures/gated.js';
    document.body.append(script);
    consent.set({ functional: true });
    consent.set({ functional: false });
    await element.updateComplete;
    await tab(1);
    expect(...hasFocus(part(element, 'status')!.querySelector('button')!)).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(part(element, 'status')!.querySelector('button')).to.equal(null);
    expect(...hasFocus(pageButton)).to.equal(true);
    await expect(element).to.be.accessible();
    script.remove();
  });
});
