import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../helpers/lit-warnings.js';
import '../../src/define/all.js';
import { resetConsent } from '../helpers/consent.js';
import { TEST_API, TENANT } from '../helpers/env.js';

/**
 * A page written to be unkind: every element gets inherited text properties that would make the
 * widgets hard to read, some of them `!important`. Each would reach inside a shadow root through
 * the host element, which the page's `*` matches.
 */
const hostileRules = `
  * {
    color: rgb(255, 0, 0) !important;
    font-family: fantasy !important;
    font-size: 31px;
    font-style: italic;
    font-weight: 900;
    line-height: 77px !important;
    letter-spacing: 7px;
    word-spacing: 9px;
    text-align: right !important;
    text-indent: 40px;
    text-transform: uppercase;
    text-shadow: 2px 2px 0 rgb(0, 255, 0);
    white-space: pre;
  }
`;

/** What a widget sets for itself, whatever the page says (docs/theming.md). */
function expectOwnText(element: Element, where: string): void {
  const style = getComputedStyle(element);
  const fontSize = parseFloat(style.fontSize);
  expect(
    {
      color: style.color,
      fontFamily: style.fontFamily,
      fontStyle: style.fontStyle,
      lineHeight: Math.round((parseFloat(style.lineHeight) / fontSize) * 100) / 100,
      letterSpacing: style.letterSpacing,
      wordSpacing: style.wordSpacing,
      textAlign: style.textAlign,
      textIndent: style.textIndent,
      textTransform: style.textTransform,
      textShadow: style.textShadow,
      whiteSpace: style.whiteSpace,
    },
    where,
  ).to.deep.equal({
    color: 'rgb(27, 27, 27)',
    fontFamily: 'system-ui, sans-serif',
    fontStyle: 'normal',
    lineHeight: 1.5,
    letterSpacing: 'normal',
    wordSpacing: '0px',
    textAlign: 'start',
    textIndent: '0px',
    textTransform: 'none',
    textShadow: 'none',
    whiteSpace: 'normal',
  });
}

const textInside = (host: Element, selector: string) => {
  const found = host.shadowRoot!.querySelector(selector);
  expect(found, `${host.localName} ${selector}`).to.exist;
  return found!;
};

describe('on a page whose CSS sets inherited text properties on every element', () => {
  let sheet: HTMLStyleElement;
  beforeEach(() => {
    resetConsent();
    sheet = document.createElement('style');
    sheet.textContent = hostileRules;
    document.head.append(sheet);
  });
  afterEach(() => {
    sheet.remove();
    document.documentElement.style.removeProperty('--civic-font-family');
    document.documentElement.style.removeProperty('--civic-color-text');
  });

  it('the hostile rules do reach the page itself', async () => {
    const page = await fixture(html`<p>City news</p>`);
    expect(getComputedStyle(page).color).to.equal('rgb(255, 0, 0)');
    expect(getComputedStyle(page).letterSpacing).to.equal('7px');
  });

  it('guest pay keeps its own text style', async () => {
    const pay = await fixture(html`<civic-guest-pay api=${TEST_API} tenant=${TENANT} lang="en"></civic-guest-pay>`);
    await waitUntil(() => pay.shadowRoot!.querySelector('section.step:not([hidden]) label'), 'the first step');
    for (const selector of ['section.step:not([hidden]) h2', 'section.step:not([hidden]) label', '.steps li']) {
      expectOwnText(textInside(pay, selector), `guest pay ${selector}`);
    }
  });

  it('the cookie banner keeps its own text style', async () => {
    const banner = await fixture(html`<civic-consent-banner lang="en"></civic-consent-banner>`);
    await waitUntil(() => banner.shadowRoot!.querySelector('[part="message"]'), 'the banner region');
    for (const selector of ['[part="title"]', '[part="message"]']) {
      expectOwnText(textInside(banner, selector), `banner ${selector}`);
    }
    const button = getComputedStyle(textInside(banner, '[part="accept-button"]'));
    expect([button.letterSpacing, button.textTransform, button.textAlign]).to.deep.equal(['normal', 'none', 'center']);
  });

  it('sign-in keeps its own text style', async () => {
    const login = await fixture(html`<civic-login api=${TEST_API} tenant=${TENANT} lang="en"></civic-login>`);
    await waitUntil(() => login.shadowRoot!.querySelector('label'), 'the sign-in form');
    expectOwnText(textInside(login, 'label'), 'sign-in label');
    const input = getComputedStyle(textInside(login, 'input'));
    expect([input.fontFamily, input.letterSpacing, input.textTransform]).to.deep.equal([
      'system-ui, sans-serif',
      'normal',
      'none',
    ]);
  });

  it('still takes the font family and colours a page gives through --civic-* properties', async () => {
    document.documentElement.style.setProperty('--civic-font-family', 'Georgia, serif');
    document.documentElement.style.setProperty('--civic-color-text', 'rgb(0, 0, 128)');
    const login = await fixture(html`<civic-login api=${TEST_API} tenant=${TENANT} lang="en"></civic-login>`);
    await waitUntil(() => login.shadowRoot!.querySelector('label'), 'the sign-in form');
    const label = getComputedStyle(textInside(login, 'label'));
    expect([label.fontFamily, label.color]).to.deep.equal(['Georgia, serif', 'rgb(0, 0, 128)']);
  });
});
