import { expect, fixture, html } from '@open-wc/testing';
import { consent } from '../../../src/consent/index.js';
import { configure } from '../../../src/core/global-config.js';
import type { CivicPrivacyNotice } from '../../../src/elements/privacy-notice/privacy-notice.js';
import '../../../src/define/consent-preferences.js';
import '../../../src/define/privacy-notice.js';
import { captureWarnings, hasFocus, resetConsent, sendSignal, shownText } from '../../helpers/consent.js';
import '../../helpers/lit-warnings.js';

const notice = {
  title: 'City of San Clemente Privacy Policy',
  lastUpdated: '2017-12-08',
  sections: [
    {
      id: 'collecting',
      heading: 'Collecting and Using Information',
      blocks: [
        { type: 'subheading', text: 'How We Use Personal Information' },
        { type: 'paragraph', text: 'We may use Personal Information:' },
        { type: 'list', items: ['to respond to your inquiries', 'to personalize your experience on the Site'] },
      ],
    },
    {
      id: 'linking',
      heading: 'Linking to other sites',
      blocks: [{ type: 'paragraph', text: '<img src=x onerror=alert(1)>' }],
    },
  ],
};

async function shown(value: unknown, lang = 'en') {
  const element = await fixture<CivicPrivacyNotice>(
    html`<civic-privacy-notice lang=${lang} .notice=${value}></civic-privacy-notice>`,
  );
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
  return element;
}

async function loaded(src: string) {
  const element = await fixture<CivicPrivacyNotice>(html`<civic-privacy-notice src=${src}></civic-privacy-notice>`);
  for (let tries = 0; tries < 50 && !element.shadowRoot!.querySelector('article, [role="alert"]'); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return element;
}

describe('<civic-privacy-notice>', () => {
  afterEach(() => {
    resetConsent();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('renders title, Last Updated, contents, sections, subheadings and lists', async () => {
    const element = await shown(notice);
    const root = element.shadowRoot!;
    expect(root.querySelector('h1')!.textContent).to.equal('City of San Clemente Privacy Policy');
    expect(shownText(element)).to.contain('Last Updated: December 8, 2017');
    const toc = [...root.querySelectorAll('nav a')].map((link) => link.textContent);
    expect(toc).to.deep.equal(['Collecting and Using Information', 'Linking to other sites', 'Privacy signals']);
    expect(root.querySelector('h3')!.textContent).to.equal('How We Use Personal Information');
    expect(root.querySelectorAll('section ul li')).to.have.length(2);
    await expect(element).to.be.accessible();
  });

  it('shows text as text, never as HTML', async () => {
    const element = await shown(notice);
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect(shownText(element)).to.contain('<img src=x onerror=alert(1)>');
  });

  it('moves to a section from the contents, inside its shadow root', async () => {
    const element = await shown(notice);
    (element.shadowRoot!.querySelector('nav a[href="#linking"]') as HTMLAnchorElement).click();
    expect(...hasFocus(element.shadowRoot!.getElementById('linking')!)).to.equal(true);
    expect(location.hash).to.equal('#linking');
  });

  it('says how the site answers GPC and DNT, from the live settings', async () => {
    const element = await shown(notice);
    expect(shownText(element))
      .to.contain('We honor Global Privacy Control')
      .and.contain('We do not act on Do Not Track.');
    consent.configure({ honorDoNotTrack: true });
    await element.updateComplete;
    expect(shownText(element)).to.contain('We treat Do Not Track the same way.');
  });

  it('says when the browser is sending the signal now', async () => {
    const restore = sendSignal('globalPrivacyControl', true);
    try {
      const element = await shown(notice);
      expect(shownText(element)).to.contain('Your browser sends Global Privacy Control');
    } finally {
      restore();
    }
  });

  it('opens cookie settings from its button', async () => {
    const preferences = await fixture(html`<civic-consent-preferences></civic-consent-preferences>`);
    const element = await shown(notice);
    (element.shadowRoot!.querySelector('[part="settings-button"]') as HTMLButtonElement).click();
    await new Promise((resolve) => setTimeout(resolve));
    expect(preferences.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    preferences.shadowRoot!.querySelector('dialog')!.close();
  });

  it('shows a clear error in place of a notice that fails the format, and names the field for the author', async () => {
    const warnings = captureWarnings();
    const bad = { ...notice, sections: [{ ...notice.sections[0], blocks: [{ type: 'html', text: '<b>x</b>' }] }] };
    const element = await shown(bad);
    warnings.stop();
    const error = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(error.textContent).to.equal('The privacy notice could not be shown.');
    expect(warnings.messages.join()).to.contain('sections[0].blocks[0]');
    await expect(element).to.be.accessible();
  });

  it('refuses a section that takes the id of the generated privacy-signals section', async () => {
    const warnings = captureWarnings();
    const bad = { ...notice, sections: [notice.sections[0], { ...notice.sections[1], id: 'privacy-signals' }] };
    const element = await shown(bad);
    warnings.stop();
    expect(element.shadowRoot!.querySelectorAll('#privacy-signals')).to.have.length(0);
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal(
      'The privacy notice could not be shown.',
    );
    expect(warnings.messages.join()).to.contain('sections[1].id');
  });

  it('refuses a javascript: src', async () => {
    const warnings = captureWarnings();
    const element = await loaded('javascript:alert(1)');
    warnings.stop();
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.exist;
  });

  it('loads the San Clemente notice from its URL', async () => {
    const element = await loaded('/examples/affiliate-site/privacy-notice.json');
    expect(element.shadowRoot!.querySelector('h1')!.textContent).to.equal('City of San Clemente Privacy Policy');
    expect(element.shadowRoot!.querySelectorAll('section')).to.have.length(8);
    expect(shownText(element)).to.contain('Linking to other sites');
    await expect(element).to.be.accessible();
  });

  it('marks the text it writes with the language configure() chose', async () => {
    configure({ locale: 'es' });
    try {
      const element = await fixture<CivicPrivacyNotice>(
        html`<civic-privacy-notice .notice=${notice}></civic-privacy-notice>`,
      );
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
      const langOf = (selector: string) =>
        element.shadowRoot!.querySelector(selector)!.closest('[lang]')?.getAttribute('lang');
      expect(element.shadowRoot!.querySelector('[part="updated"]')!.textContent).to.contain('Última actualización');
      expect(langOf('[part="updated"]')).to.equal('es');
      expect(langOf('#privacy-signals')).to.equal('es');
    } finally {
      configure({ locale: undefined });
    }
  });

  it('marks an English notice as English on a Spanish page, and its own words as Spanish', async () => {
    const element = await shown({ ...notice, lang: 'en' }, 'es');
    const langOf = (node: Element) => node.closest('[lang]')?.getAttribute('lang');
    const root = element.shadowRoot!;
    expect(langOf(root.querySelector('h1')!)).to.equal('en');
    expect(langOf(root.querySelector('#collecting')!)).to.equal('en');
    expect(langOf(root.querySelector('[part="updated"]')!)).to.equal('es');
    expect(langOf(root.querySelector('#privacy-signals')!)).to.equal('es');
    expect(langOf(root.querySelector('nav a[href="#privacy-signals"]')!)).to.equal('es');
    expect(langOf(root.querySelector('nav a[href="#collecting"]')!)).to.equal('en');
    await expect(element).to.be.accessible();
  });

  it('refuses a notice whose lang is not a language tag', async () => {
    const warnings = captureWarnings();
    const element = await shown({ ...notice, lang: 'en" onclick="x' });
    warnings.stop();
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal(
      'The privacy notice could not be shown.',
    );
    expect(warnings.messages.join()).to.contain('lang');
  });

  it('speaks Spanish around the notice text', async () => {
    const element = await shown(notice, 'es');
    expect(element.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Contenido');
    expect(shownText(element)).to.contain('Última actualización: 8 de diciembre de 2017');
    expect(shownText(element)).to.contain('Respetamos la señal Control Global de Privacidad');
  });
});
