import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../helpers/lit-warnings.js';
import { configure } from '../../../src/core/global-config.js';
import { deepActiveElement } from '../../../src/core/focus.js';
import { PaymentFieldsError } from '../../../src/elements/payment-fields/payment-fields-error.js';
import { TENANT, TEST_API } from '../../helpers/env.js';
import { frameOf, liveText, mountFields, typeFields, validBank, validCard } from './helpers.js';

describe('<civic-payment-fields>', () => {
  it('shows a loading state, then the frame of the billing origin with a title and no scrollbar', async () => {
    const element = await mountFields({ waitReady: false });
    expect(element.shadowRoot!.querySelector('[part=loading]')!.textContent).to.contain(
      'Loading the secure payment form',
    );
    await expect(element).to.be.accessible();
    await waitUntil(() => element.ready, 'never ready', { timeout: 8000 });
    const frame = frameOf(element);
    const src = new URL(frame.src);
    expect(src.origin).to.equal(TEST_API);
    expect(src.pathname).to.equal('/frame/payment-fields.html');
    expect(src.search).to.equal('');
    expect(new URLSearchParams(src.hash.slice(1)).get('tenant')).to.equal(TENANT);
    expect(frame.title).to.contain('Card details');
    expect(frame.getBoundingClientRect().height).to.be.greaterThan(250);
    expect(element.shadowRoot!.querySelector('[part=loading]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('becomes complete as a valid card is typed and returns only a token', async () => {
    const element = await mountFields();
    expect(element.complete).to.equal(false);
    const changed = oneEvent(element, 'change');
    await typeFields(element, validCard);
    await changed;
    expect(element.complete).to.equal(true);
    const token = await element.submit();
    expect(Object.keys(token).sort()).to.deep.equal(['brand', 'expiresAt', 'last4', 'token', 'type']);
    expect(token).to.include({ type: 'card', brand: 'visa', last4: '4242' });
    // The security code is cleared after tokenization, so the form is no longer complete.
    await waitUntil(() => !element.complete, 'the security code was kept');
  });

  it('takes a bank account', async () => {
    const element = await mountFields({ method: 'bank' });
    expect(frameOf(element).title).to.contain('Bank account');
    await typeFields(element, validBank);
    await waitUntil(() => element.complete, 'never complete');
    const token = await element.submit();
    expect(token).to.include({ type: 'bank', brand: 'bank', last4: '6789' });
  });

  it('rejects with invalid, and announces every error, when fields are wrong', async () => {
    const element = await mountFields();
    const error = await element.submit().catch((reason: unknown) => reason);
    expect(error).to.be.instanceOf(PaymentFieldsError);
    expect((error as PaymentFieldsError).code).to.equal('invalid');
    await waitUntil(() => liveText(element).includes('Enter the card number.'), `announced: ${liveText(element)}`);
    expect(liveText(element)).to.contain('Enter the billing ZIP code.');
  });

  it('announces a field error when the resident leaves the field', async () => {
    const element = await mountFields();
    await typeFields(element, ['4242 4242']);
    expect(liveText(element)).to.equal('');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => liveText(element).includes('not the right length'), `announced: ${liveText(element)}`);
  });

  it('refuses a card brand the tenant does not take, and the server checks too', async () => {
    const element = await mountFields({ tenant: 'harbor-district' });
    await typeFields(element, ['378282246310005']);
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => liveText(element).includes('not accepted'), `announced: ${liveText(element)}`);
  });

  it('keeps what was typed for the other method when the method changes', async () => {
    const element = await mountFields();
    await typeFields(element, validCard);
    await waitUntil(() => element.complete, 'card never complete');
    element.method = 'bank';
    await waitUntil(() => !element.complete, 'the empty bank form is not complete');
    expect(frameOf(element).title).to.contain('Bank account');
    element.method = 'card';
    await waitUntil(() => element.complete, 'the card details were lost');
  });

  it('rejects with not_ready before the handshake', async () => {
    const element = await mountFields({ waitReady: false });
    const error = await element.submit().catch((reason: unknown) => reason);
    expect((error as PaymentFieldsError).code).to.equal('not_ready');
  });

  it('shows an error with a retry for an unknown tenant', async () => {
    const element = await mountFields({ tenant: 'no-such-city', waitReady: false });
    await waitUntil(() => element.shadowRoot!.querySelector('[part=error]'), 'no error shown', { timeout: 8000 });
    expect(element.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('did not load');
    expect(frameOf(element).getBoundingClientRect().height).to.equal(0);
    await expect(element).to.be.accessible();

    const retry = () => element.shadowRoot!.querySelector<HTMLButtonElement>('[part=error] button');
    const first = retry()!;
    first.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => retry() && retry() !== first, 'no second error', { timeout: 8000 });
    await element.updateComplete;
    expect(deepActiveElement(), 'focus goes to the new Try again, not the page').to.equal(retry());
  });

  it('gives up after 10 seconds when the billing API does not answer, and can retry', async function () {
    this.timeout(20_000);
    const element = await mountFields({ api: 'http://localhost:9', waitReady: false });
    await waitUntil(() => element.shadowRoot!.querySelector('[part=error] button'), 'no retry', { timeout: 12_000 });
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part=error] button')!.click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part=loading]')).to.not.equal(null);
  });

  it('speaks Spanish', async () => {
    const element = await mountFields({ lang: 'es' });
    expect(frameOf(element).title).to.contain('Datos de la tarjeta');
    await element.submit().catch(() => undefined);
    await waitUntil(
      () => liveText(element).includes('Escriba el número de tarjeta.'),
      `announced: ${liveText(element)}`,
    );
  });

  it('marks its own text with the language configure() chose, and still sizes the frame', async () => {
    configure({ locale: 'es' });
    try {
      const wrapper = await fixture<HTMLElement>(
        html`<div><civic-payment-fields api=${TEST_API} tenant=${TENANT}></civic-payment-fields></div>`,
      );
      const element = wrapper.querySelector('civic-payment-fields')!;
      const langOf = (node: Element) => node.closest('[lang]')?.getAttribute('lang');
      const loading = element.shadowRoot!.querySelector('[part=loading]')!;
      expect(loading.textContent).to.contain('Cargando el formulario de pago seguro');
      expect(langOf(loading)).to.equal('es');
      expect(langOf(element.shadowRoot!.querySelector('[part=live]')!)).to.equal('es');
      await expect(element).to.be.accessible();
      await waitUntil(() => element.ready, 'never ready', { timeout: 8000 });
      expect(frameOf(element).title).to.contain('Datos de la tarjeta');
      expect(frameOf(element).getBoundingClientRect().height).to.be.greaterThan(250);
      await element.submit().catch(() => undefined);
      await waitUntil(
        () => liveText(element).includes('Escriba el número de tarjeta.'),
        `announced: ${liveText(element)}`,
      );
    } finally {
      configure({ locale: undefined });
    }
  });

  it('switches the frame language without losing what was typed', async () => {
    const element = await mountFields();
    await typeFields(element, ['4242424242424242']);
    element.setAttribute('lang', 'es');
    await element.submit().catch(() => undefined);
    await waitUntil(
      () => liveText(element).includes('Escriba la fecha de vencimiento.'),
      `announced: ${liveText(element)}`,
    );
    expect(liveText(element)).not.to.contain('número de tarjeta');
  });

  it('passes its theme tokens to the frame', async () => {
    const plain = await mountFields();
    const large = await mountFields({ style: '--civic-font-size: 24px; --civic-color-primary: #7a1f5c' });
    const height = (element: typeof plain) => frameOf(element).getBoundingClientRect().height;
    expect(height(large)).to.be.greaterThan(height(plain) * 1.3);
  });

  it('reports no Content-Security-Policy violation from the frame', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const element = await mountFields();
      await typeFields(element, validCard);
      await element.submit();
    } finally {
      console.warn = original;
    }
    expect(warnings.filter((warning) => warning.includes('Content-Security-Policy'))).to.deep.equal([]);
  });
});
