import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import '../helpers/lit-warnings.js';
import '../../src/define/all.js';
import type { CivicErrorEvent } from '../../src/core/events.js';
import { resetConsent } from '../helpers/consent.js';

/** The sentence the element shows, and every civic-error it fired, for one bad configuration. */
async function mount(tag: string, attributes: Record<string, string>) {
  const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  const errors: CivicErrorEvent[] = [];
  element.addEventListener('civic-error', (event) => errors.push(event as CivicErrorEvent));
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const container = document.createElement('div');
  container.append(element);
  document.body.append(container);
  const shown = () => element.shadowRoot?.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim();
  await waitUntil(() => shown() && errors.length > 0, `${tag} shows its configuration problem`);
  await element.updateComplete;
  return { element, errors, shown: shown()!, container };
}

const widgets = [
  'civic-login',
  'civic-balance',
  'civic-activity',
  'civic-contact-info',
  'civic-guest-pay',
  'civic-payment-fields',
];

const invalidApi = {
  en: "This service is not set up correctly: the billing service's web address is not valid. Please contact the city's website team.",
  es: 'Este servicio no está configurado correctamente: la dirección web del servicio de facturación no es válida. Comuníquese con el equipo del sitio web de la ciudad.',
};

describe('a configuration problem, on every element', () => {
  afterEach(() => {
    document.querySelectorAll('body > div').forEach((div) => div.remove());
    fixtureCleanup();
    resetConsent();
  });

  for (const tag of widgets) {
    for (const lang of ['en', 'es'] as const) {
      it(`<${tag} lang=${lang}> with an api that is not http(s) says so in its language and fires civic-error once`, async () => {
        const { element, errors, shown } = await mount(tag, { api: 'ftp://billing.example', tenant: 'x', lang });
        expect(shown).to.equal(invalidApi[lang]);
        expect(errors.map(({ code, message }) => [code, message])).to.deep.equal([
          ['invalid_config', invalidApi[lang]],
        ]);
        expect(errors[0]!.bubbles && errors[0]!.composed).to.equal(true);
        element.setAttribute('tenant', 'y');
        await element.updateComplete;
        expect(errors, 'the same problem is reported once').to.have.length(1);
      });
    }

    it(`<${tag}> without api or tenant names what is missing, and reports a new problem again`, async () => {
      const { element, errors, shown } = await mount(tag, { lang: 'es' });
      expect(shown).to.contain('Datos faltantes: api, tenant');
      expect(errors[0]!.message).to.equal(shown);
      element.setAttribute('api', 'javascript:alert(1)');
      element.setAttribute('tenant', 'x');
      await waitUntil(() => errors.length === 2, 'a second civic-error');
      expect(errors[1]!.message).to.equal(invalidApi.es);
    });
  }

  it('<civic-consent-banner> with a privacy-url that is not http(s) or a date that is not one says so and fires civic-error', async () => {
    for (const [lang, attributes, sentence] of [
      [
        'en',
        { 'privacy-url': 'javascript:alert(1)' },
        'This page gives the privacy notice a link or date that is not valid.',
      ],
      [
        'es',
        { 'last-updated': '12/08/2017' },
        'Esta página da al aviso de privacidad un enlace o una fecha no válidos.',
      ],
    ] as const) {
      resetConsent();
      const element = document.createElement('civic-consent-banner');
      const errors: CivicErrorEvent[] = [];
      element.addEventListener('civic-error', (event) => errors.push(event as CivicErrorEvent));
      element.setAttribute('lang', lang);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      const container = document.createElement('div');
      container.append(element);
      document.body.append(container);
      const notice = () => element.shadowRoot!.querySelector('[part="notice"]')?.textContent?.replace(/\s+/g, ' ');
      await waitUntil(() => notice()?.includes(sentence), `the banner says "${sentence}"`);
      expect(errors.map(({ code, message }) => [code, message])).to.deep.equal([['invalid_config', sentence]]);
      await expect(element).to.be.accessible();
      container.remove();
    }
  });

  it('<civic-privacy-notice> with a src that is not http(s) says so and fires civic-error', async () => {
    const { errors, shown } = await mount('civic-privacy-notice', { lang: 'es', src: 'javascript:alert(1)' });
    expect(shown).to.equal('No se pudo mostrar el aviso de privacidad.');
    expect(errors.map(({ code, message }) => [code, message])).to.deep.equal([['invalid_config', shown]]);
  });

  it('<civic-link-notice> with an allowed site that is not a web address says so and fires civic-error', async () => {
    const { element, errors, shown } = await mount('civic-link-notice', {
      allow: 'https://sanclemente.gov sanclemente.gov',
      lang: 'en',
    });
    expect(shown).to.equal('This page lists a site that needs no notice in a form that is not a web address.');
    expect(errors.map(({ code, message }) => [code, message])).to.deep.equal([['invalid_config', shown]]);
    element.setAttribute('allow', 'https://sanclemente.gov');
    await waitUntil(() => !element.shadowRoot!.querySelector('[part~="error"]'), 'the message goes once fixed');
  });
});
