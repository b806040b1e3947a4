import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import Cookies from 'js-cookie';
import { consent } from '../../../src/consent/index.js';
import { configure } from '../../../src/core/global-config.js';
import type { CivicConsentPreferences } from '../../../src/elements/consent-preferences/consent-preferences.js';
import '../../../src/define/consent-preferences.js';
import { focused, hasFocus, resetConsent, shownText, storedConsent } from '../../helpers/consent.js';
import '../../helpers/lit-warnings.js';

/** An opener button inside another element's shadow root, as on a real page with components. */
async function openerInShadowRoot(): Promise<HTMLButtonElement> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const button = document.createElement('button');
  button.textContent = 'Cookie settings';
  host.attachShadow({ mode: 'open' }).append(button);
  return button;
}

async function open(lang = 'en') {
  const element = await fixture<CivicConsentPreferences>(
    html`<civic-consent-preferences lang=${lang}></civic-consent-preferences>`,
  );
  const opener = await openerInShadowRoot();
  opener.focus();
  consent.showPreferences(opener);
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
  const dialog = element.shadowRoot!.querySelector('dialog')!;
  const box = (name: string) => element.shadowRoot!.getElementById(name) as HTMLInputElement;
  const button = (name: string) => element.shadowRoot!.querySelector<HTMLButtonElement>(`[part="${name}"]`)!;
  return { element, opener, dialog, box, button };
}

describe('<civic-consent-preferences>', () => {
  afterEach(resetConsent);

  it('opens as a modal dialog with focus inside, each category described, necessary always on', async () => {
    const { element, dialog, box } = await open();
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.contains(focused())).to.equal(true);
    expect(box('necessary').checked && box('necessary').disabled).to.equal(true);
    expect(shownText(element)).to.contain('Always on.').and.contain('pixel tags');
    expect(box('analytics').getAttribute('aria-describedby')).to.equal('analytics-about');
    await expect(element).to.be.accessible();
  });

  it('saves the switches, closes, and returns focus to the opener inside another shadow root', async () => {
    const { dialog, box, button, opener } = await open();
    box('analytics').click();
    button('save-button').click();
    expect(storedConsent()).to.deep.include({
      src: 'preferences',
      cat: { necessary: true, functional: false, analytics: true, marketing: false },
    });
    expect(dialog.open).to.equal(false);
    expect(...hasFocus(opener)).to.equal(true);
  });

  it('gives focus to its fallback when the opener is gone by the time it closes', async () => {
    const element = await fixture<CivicConsentPreferences>(
      html`<civic-consent-preferences></civic-consent-preferences>`,
    );
    const fallback = await fixture<HTMLButtonElement>(html`<button>Pay</button>`);
    element.focusFallback = () => fallback;
    const opener = await openerInShadowRoot();
    await element.show(opener);
    opener.remove();
    const dialog = element.shadowRoot!.querySelector('dialog')!;
    const closed = oneEvent(dialog, 'close');
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="accept-button"]')!.click();
    await closed;
    expect(...hasFocus(fallback)).to.equal(true);
  });

  it('Escape closes without saving and focus returns', async () => {
    const { dialog, box, opener } = await open();
    box('marketing').click();
    await sendKeys({ press: 'Escape' });
    expect(dialog.open).to.equal(false);
    expect(Cookies.get('civic_consent')).to.equal(undefined);
    expect(...hasFocus(opener)).to.equal(true);
  });

  it('keeps Tab inside the dialog, both ways', async () => {
    const { box, button } = await open();
    button('close-button').focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(box('functional'));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused()).to.equal(button('close-button'));
  });

  it('follows the Tab order switches, then Save, Accept all, Reject all, Close', async () => {
    const { box, button } = await open();
    box('functional').focus();
    const order = [box('analytics'), box('marketing'), button('save-button'), button('accept-button')];
    for (const expected of order) {
      await sendKeys({ press: 'Tab' });
      expect(...hasFocus(expected)).to.equal(true);
    }
  });

  it('Reject all in the dialog withdraws everything', async () => {
    consent.acceptAll();
    const { button } = await open();
    button('reject-button').click();
    expect(consent.get()).to.deep.equal({ necessary: true, functional: false, analytics: false, marketing: false });
  });

  it('speaks Spanish', async () => {
    const { element, button } = await open('es');
    expect(button('save-button').textContent!.trim()).to.equal('Guardar elección');
    expect(shownText(element)).to.contain('Siempre activas.');
    await expect(element).to.be.accessible();
  });

  it('marks the dialog with the language configure() chose, not the language of the page', async () => {
    configure({ locale: 'es' });
    try {
      const element = await fixture<CivicConsentPreferences>(
        html`<civic-consent-preferences></civic-consent-preferences>`,
      );
      await element.show(await openerInShadowRoot());
      const title = element.shadowRoot!.querySelector('dialog h2')!;
      expect(title.textContent).to.equal('Configuración de cookies');
      expect(title.closest('[lang]')?.getAttribute('lang')).to.equal('es');
      element.close();
    } finally {
      configure({ locale: undefined });
    }
  });
});
