import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CivicLinkNotice } from '../../../src/elements/link-notice/link-notice.js';
import '../../../src/define/link-notice.js';
import { configure } from '../../../src/core/global-config.js';
import { hasFocus, shownText } from '../../helpers/consent.js';
import '../../helpers/lit-warnings.js';

// Another origin for the same test server: a site "the city does not control".
const elsewhere = `${location.protocol}//127.0.0.1:${location.port}/test/consent/fixtures/frame.html`;

/** Records whether the click was cancelled, then cancels it so the test page never navigates. */
function watchNavigation(): { cancelled: () => boolean | undefined; stop: () => void } {
  let cancelled: boolean | undefined;
  const listener = (event: Event) => {
    cancelled = event.defaultPrevented;
    event.preventDefault();
  };
  window.addEventListener('click', listener);
  return { cancelled: () => cancelled, stop: () => window.removeEventListener('click', listener) };
}

async function wrapped(attributes = '') {
  const container = await fixture(`<div>
      <civic-link-notice ${attributes}>
        <p><a id="out" href="${elsewhere}">Credit bureau</a> <a id="home" href="/">Home</a> <a id="mail" href="mailto:a@b.org">Mail</a></p>
      </civic-link-notice>
      <a id="outside" href="${elsewhere}">Outside</a>
    </div>`);
  const element = container.querySelector('civic-link-notice') as CivicLinkNotice;
  await element.updateComplete;
  const dialog = () => element.shadowRoot!.querySelector('dialog')!;
  return { container, element, dialog, link: (id: string) => container.querySelector<HTMLAnchorElement>(`#${id}`)! };
}

describe('<civic-link-notice>', () => {
  it('asks before leaving for a site the city does not control, and Stay keeps the resident here', async () => {
    const { element, dialog, link } = await wrapped();
    const navigation = watchNavigation();
    link('out').focus();
    link('out').click();
    navigation.stop();
    expect(navigation.cancelled()).to.equal(true);
    await element.updateComplete;
    expect(dialog().open).to.equal(true);
    expect(shownText(element)).to.contain('We do not control 127.0.0.1:').and.contain('privacy and security policies');
    expect(...hasFocus(element.shadowRoot!.querySelector('[part="stay-button"]')!)).to.equal(true);
    await expect(element).to.be.accessible();
    const closed = oneEvent(dialog(), 'close');
    (element.shadowRoot!.querySelector('[part="stay-button"]') as HTMLButtonElement).click();
    await closed;
    expect(...hasFocus(link('out'))).to.equal(true);
  });

  it('Escape closes it too, and Tab stays inside', async () => {
    const { element, dialog, link } = await wrapped();
    const navigation = watchNavigation();
    link('out').click();
    navigation.stop();
    await element.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(dialog().contains(element.shadowRoot!.activeElement)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(dialog().open).to.equal(false);
  });

  it('Continue follows the link as written', async () => {
    const { element, container, link } = await wrapped();
    const frame = document.createElement('iframe');
    frame.name = 'destination';
    container.append(frame);
    link('out').target = 'destination';
    const navigation = watchNavigation();
    link('out').click();
    navigation.stop();
    await element.updateComplete;
    const arrived = oneEvent(frame, 'load');
    (element.shadowRoot!.querySelector('[part="continue-button"]') as HTMLButtonElement).click();
    await arrived;
    expect(element.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
  });

  for (const [name, id, init] of [
    ['its own origin', 'home', {}],
    ['mailto: links', 'mail', {}],
    ['Ctrl-clicks (new tab)', 'out', { ctrlKey: true }],
    ['middle-button clicks', 'out', { button: 1 }],
  ] as const) {
    it(`leaves ${name} alone`, async () => {
      const { dialog, link } = await wrapped();
      const navigation = watchNavigation();
      link(id).dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ...init }));
      navigation.stop();
      expect(navigation.cancelled()).to.equal(false);
      expect(dialog().open).to.equal(false);
    });
  }

  it('leaves origins on its allow list alone', async () => {
    const { dialog, link } = await wrapped(`allow="http://127.0.0.1:${location.port}"`);
    const navigation = watchNavigation();
    link('out').click();
    navigation.stop();
    expect(navigation.cancelled()).to.equal(false);
    expect(dialog().open).to.equal(false);
  });

  it('watches only its content, or the whole page with watch-page', async () => {
    let page = await wrapped();
    let navigation = watchNavigation();
    page.link('outside').click();
    navigation.stop();
    expect(navigation.cancelled()).to.equal(false);
    page = await wrapped('watch-page');
    navigation = watchNavigation();
    page.link('outside').click();
    navigation.stop();
    expect(navigation.cancelled()).to.equal(true);
    page.dialog().close();
  });

  it('catches links inside other shadow roots', async () => {
    const { element, dialog } = await wrapped();
    const host = document.createElement('div');
    const deep = document.createElement('a');
    deep.href = elsewhere;
    deep.textContent = 'Deep link';
    host.attachShadow({ mode: 'open' }).append(deep);
    element.append(host);
    const navigation = watchNavigation();
    host.shadowRoot!.querySelector('a')!.click();
    navigation.stop();
    expect(navigation.cancelled()).to.equal(true);
    await element.updateComplete;
    expect(dialog().open).to.equal(true);
    dialog().close();
  });

  it('marks the dialog with the language configure() chose, not the language of the page', async () => {
    configure({ locale: 'es' });
    try {
      const { element, link } = await wrapped();
      const navigation = watchNavigation();
      link('out').click();
      navigation.stop();
      await element.updateComplete;
      const title = element.shadowRoot!.querySelector('[part="title"]')!;
      expect(title.textContent).to.contain('Está saliendo de este sitio');
      expect(title.closest('[lang]')?.getAttribute('lang')).to.equal('es');
      element.shadowRoot!.querySelector('dialog')!.close();
    } finally {
      configure({ locale: undefined });
    }
  });

  it('speaks Spanish', async () => {
    const { element, link } = await wrapped('lang="es"');
    const navigation = watchNavigation();
    link('out').click();
    navigation.stop();
    await element.updateComplete;
    expect(shownText(element)).to.contain('Está saliendo de este sitio').and.contain('Quedarse');
    await expect(element).to.be.accessible();
    element.shadowRoot!.querySelector('dialog')!.close();
  });
});
