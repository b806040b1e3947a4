import { expect, oneEvent } from '@open-wc/testing';
import Cookies from 'js-cookie';
import { consent } from '../../src/consent/index.js';
import type { CivicConsentChangeEvent } from '../../src/core/events.js';
import { resetConsent } from '../helpers/consent.js';
import '../helpers/lit-warnings.js';

function addGatedScript(category: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.dataset.civicConsent = category;
  script.src = '/test/consent/fixtures/gated.js';
  document.body.append(script);
  return script;
}

describe('withdrawal', () => {
  afterEach(resetConsent);

  it("deletes the category's cookies by name and pattern, and leaves others", () => {
    consent.configure({ cookies: { analytics: ['_ga', /^_ga_/], marketing: ['_fbp'] } });
    consent.acceptAll();
    document.cookie = '_ga=GA1.1.1; path=/';
    document.cookie = '_ga_ABC123=GS1.1; path=/';
    document.cookie = '_fbp=fb.1; path=/';
    document.cookie = 'city_lang=es; path=/';
    consent.set({ analytics: false });
    expect(Cookies.get('_ga')).to.equal(undefined);
    expect(Cookies.get('_ga_ABC123')).to.equal(undefined);
    expect(Cookies.get('_fbp')).to.equal('fb.1');
    expect(Cookies.get('city_lang')).to.equal('es');
  });

  it('does not recommend a reload when nothing of the category ran', async () => {
    consent.set({ marketing: true });
    const event = oneEvent(document, 'civic-consent-change') as Promise<CivicConsentChangeEvent>;
    consent.set({ marketing: false });
    expect((await event).reloadRecommended).to.equal(false);
  });

  it('recommends a reload when a withdrawn category already ran a script', async () => {
    const script = addGatedScript('functional');
    consent.set({ functional: true });
    const event = oneEvent(document, 'civic-consent-change') as Promise<CivicConsentChangeEvent>;
    consent.set({ functional: false });
    expect((await event).reloadRecommended).to.equal(true);
    script.remove();
  });
});
