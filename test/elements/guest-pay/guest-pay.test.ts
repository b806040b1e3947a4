import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../helpers/lit-warnings.js';
import { PaymentFieldsDouble, testCard } from './payment-fields-double.js';
import '../../../src/define/guest-pay.js';
import type { CivicGuestPay } from '../../../src/elements/guest-pay/guest-pay.js';
import { deepActiveElement } from '../../../src/core/focus.js';
import { configure } from '../../../src/core/global-config.js';
import type { CivicErrorEvent, CivicPaymentFailedEvent, CivicPaymentSucceededEvent } from '../../../src/core/events.js';
import { TEST_API, TENANT } from '../../helpers/env.js';
import { GuestPayDriver } from './guest-pay-driver.js';

const realFetch = window.fetch;

async function mount(lang = 'en'): Promise<GuestPayDriver> {
  const el = await fixture<CivicGuestPay>(
    html`<civic-guest-pay api=${TEST_API} tenant=${TENANT} lang=${lang}></civic-guest-pay>`,
  );
  const driver = new GuestPayDriver(el);
  await driver.idle();
  return driver;
}

/** URL and headers of a fetch call, without consuming the body of a Request that goes on. */
function peek(input: RequestInfo | URL, init?: RequestInit): { url: string; headers: Headers } {
  if (input instanceof Request) return { url: input.url, headers: input.headers };
  return { url: String(input), headers: new Headers(init?.headers) };
}

/** Lets `replace` answer the matching requests instead of the server; the rest go through. */
function stubFetch(matches: (url: string, init?: RequestInit) => boolean, replace: () => Promise<Response>) {
  const seen: Array<{ url: string; headers: Headers }> = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = peek(input, init);
    if (matches(request.url, init)) {
      seen.push(request);
      return replace();
    }
    return realFetch(input, init);
  };
  return seen;
}

/** The Idempotency-Key of every payment request, which still goes to the server. */
function recordPaymentKeys(): string[] {
  const keys: string[] = [];
  window.fetch = (input, init) => {
    const request = peek(input, init);
    if (isPayment(request.url)) keys.push(request.headers.get('idempotency-key')!);
    return realFetch(input, init);
  };
  return keys;
}

const isPayment = (url: string) => url.endsWith(`/tenants/${TENANT}/payments`);
const problem = (status: number, code: string) =>
  Promise.resolve(
    new Response(JSON.stringify({ type: 'about:blank', title: code, status, code }), {
      status,
      headers: { 'content-type': 'application/problem+json' },
    }),
  );

describe('<civic-guest-pay>', () => {
  afterEach(() => {
    window.fetch = realFetch;
    PaymentFieldsDouble.card = testCard('4242424242424242');
    sessionStorage.clear();
  });

  it('offers Try again when the city settings cannot be loaded, and recovers', async () => {
    let failing = true;
    window.fetch = (input, init) =>
      failing && peek(input, init).url.endsWith(`/v1/tenants/${TENANT}`)
        ? Promise.resolve(new Response('down', { status: 500 }))
        : realFetch(input, init);
    // A base URL of its own, so no earlier test's cached settings answer for it.
    const el = await fixture<CivicGuestPay>(
      html`<civic-guest-pay api=${`${TEST_API}/`} tenant=${TENANT}></civic-guest-pay>`,
    );
    const retry = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]');
    await waitUntil(() => retry(), 'Try again is offered', { timeout: 10_000 });
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('billing service had a problem');
    await expect(el).to.be.accessible();

    failing = false;
    retry()!.click();
    await waitUntil(() => !retry(), 'the settings load on the second try', { timeout: 10_000 });
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent!.trim()).to.equal('');
  });

  describe('finding the bill', () => {
    it('starts on step 1 of 5, accessible while empty', async () => {
      const pay = await mount();
      expect(pay.currentStepLabel).to.equal('Find your bill');
      expect(pay.heading).to.equal('Step 1 of 5: Find your bill');
      expect(pay.root.querySelectorAll('.steps li')).to.have.length(5);
      expect(pay.fieldError('number')).to.equal('');
      expect(pay.input('number').getAttribute('aria-invalid')).to.equal('false');
      await expect(pay.el).to.be.accessible();
    });

    it('shows errors only after interaction, tied to their fields, and focuses the first', async () => {
      const pay = await mount();
      await pay.click('Find my bill');
      await waitUntil(() => deepActiveElement() === pay.input('number'));
      expect(pay.fieldError('number')).to.equal('Enter the number from your bill.');
      expect(pay.fieldError('zip')).to.equal('Enter the ZIP code.');
      expect(pay.input('number').getAttribute('aria-invalid')).to.equal('true');
      expect(pay.input('number').getAttribute('aria-describedby')).to.contain('number-error');
      expect(pay.section.querySelector('#number-error')!.closest('[aria-live]'), 'heard once, from the focused field')
        .to.be.null;
      await pay.type('number', '12-34');
      expect(pay.fieldError('number')).to.equal('An account number has 6 to 12 digits.');
      await expect(pay.el).to.be.accessible();
    });

    it('keeps its empty live region rendered, so a later message is announced, and shows no empty box', async () => {
      const pay = await mount();
      const flowMessage = pay.root.querySelector<HTMLElement>('#flow-message')!;
      expect(getComputedStyle(flowMessage).display).not.to.equal('none');
      expect(flowMessage.getBoundingClientRect().height).to.equal(0);
      await pay.type('number', '999888777');
      await pay.type('zip', '92672');
      await pay.click('Find my bill');
      await waitUntil(() => pay.message !== '', 'no message');
      expect(flowMessage.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(pay.root.querySelector('#flow-message')).to.equal(flowMessage);
    });

    it('marks its content with the language set by configure(), not only by the page', async () => {
      configure({ locale: 'es' });
      try {
        const el = await fixture<CivicGuestPay>(
          html`<civic-guest-pay api=${TEST_API} tenant=${TENANT}></civic-guest-pay>`,
        );
        const pay = new GuestPayDriver(el);
        await pay.idle();
        expect(pay.heading).to.equal('Paso 1 de 5: Busque su factura');
        expect(pay.section.closest('[lang]')?.getAttribute('lang')).to.equal('es');
        const broken = await fixture<CivicGuestPay>(
          html`<civic-guest-pay tenant=${TENANT} api="ftp://x"></civic-guest-pay>`,
        );
        expect(broken.shadowRoot!.querySelector('.config-problem')!.closest('[lang]')?.getAttribute('lang')).to.equal(
          'es',
        );
      } finally {
        configure({ locale: undefined });
      }
    });

    it('accepts an account number with spaces and dashes and shows the masked bill', async () => {
      const pay = await mount();
      await pay.findAccount(' 482-910 375 ', '92672', null);
      expect(pay.heading).to.equal('Step 2 of 5: Amount');
      await waitUntil(() => deepActiveElement() === pay.section.querySelector('h2'), 'focus is not on the heading');
      const bill = pay.summary();
      expect(bill['Account']).to.match(/0375$/);
      expect(bill['Account']).not.to.contain('482910375');
      expect(bill['Service address']).to.contain('•');
      // $84.17 in a fresh database; less once another test paid the demo account.
      expect(bill['Amount due']).to.match(/^\$\d+\.\d\d$/);
      const due = bill['Amount due']!.slice(1);
      expect(pay.input('amount').value).to.equal(due === '0.00' ? '' : due);
      await expect(pay.el).to.be.accessible();
    });

    it('answers an unknown account and a wrong ZIP with the same message, keeping what was typed', async () => {
      const pay = await mount();
      await pay.type('number', '999888777');
      await pay.type('zip', '92672');
      await pay.click('Find my bill');
      await waitUntil(() => pay.message !== '', 'no message');
      const unknownAccount = pay.message;
      expect(pay.input('number').getAttribute('aria-invalid')).to.equal('true');
      expect(pay.input('zip').getAttribute('aria-describedby')).to.contain('flow-message');
      await expect(pay.el).to.be.accessible();

      await pay.type('number', '482910375');
      await pay.type('zip', '90210');
      const find = pay.button('Find my bill');
      find.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => pay.message !== '', 'no message');
      await pay.idle();
      expect(deepActiveElement(), 'focus stays on Find my bill').to.equal(find);
      expect(pay.message).to.equal(unknownAccount);
      expect(unknownAccount).to.equal(
        'We could not find a bill with that number and ZIP code. Check both against your bill and try again.',
      );
      expect(pay.input('number').value).to.equal('482910375');
      expect(pay.currentStepLabel).to.equal('Find your bill');
    });

    it('pays an invoice in full: the amount is read-only', async () => {
      const pay = await mount();
      await pay.choose('Invoice');
      await pay.type('number', 'ar 10045');
      await pay.type('zip', '92672');
      await pay.click('Find my bill');
      await pay.untilStep('Amount');
      expect(pay.input('amount').readOnly).to.equal(true);
      expect(pay.input('amount').value).to.equal('250.00');
      expect(pay.summary()['Amount due']).to.equal('$250.00');
      await expect(pay.el).to.be.accessible();
    });
  });

  describe('the amount', () => {
    const refused: Array<[string, string | RegExp]> = [
      ['abc', 'Enter an amount in dollars and cents, such as 84.17.'],
      ['1e3', 'Enter an amount in dollars and cents, such as 84.17.'],
      ['0', 'The amount must be more than zero.'],
      ['-5', 'The amount cannot be negative.'],
      ['84.175', 'Use no more than two digits after the decimal point.'],
      // The demo city takes up to $500.00 over the amount due, which earlier tests have changed.
      ['10000.01', /^The most you can pay online is \$5\d\d\.\d\d\.$/],
      ['0.50', 'The least you can pay online is $1.00.'],
    ];
    it('refuses amounts the bill cannot take and stays on the step', async () => {
      const pay = await mount();
      await pay.findAccount();
      for (const [typed, message] of refused) {
        await pay.type('amount', typed);
        await pay.click('Continue');
        if (message instanceof RegExp) expect(pay.fieldError('amount'), typed).to.match(message);
        else expect(pay.fieldError('amount'), typed).to.equal(message);
        expect(pay.input('amount').getAttribute('aria-invalid')).to.equal('true');
        expect(pay.currentStepLabel).to.equal('Amount');
      }
      await expect(pay.el).to.be.accessible();
    });

    it('checks the optional receipt email', async () => {
      const pay = await mount();
      await pay.findAccount();
      await pay.type('email', 'resident@');
      await pay.click('Continue');
      expect(pay.fieldError('email')).to.contain('Enter an email address');
      await pay.type('email', '');
      await pay.click('Continue');
      await pay.untilStep('Payment method');
    });

    it('refuses josé@example.com on the field, as the billing API would, in English and Spanish', async () => {
      const pay = await mount();
      await pay.findAccount();
      await pay.type('email', 'josé@example.com');
      await pay.click('Continue');
      expect(pay.currentStepLabel).to.match(/^Amount/);
      expect(pay.fieldError('email')).to.equal('Enter an email address such as name@example.com, or leave it empty.');
      expect(pay.input('email').getAttribute('aria-invalid')).to.equal('true');
      expect(deepActiveElement()).to.equal(pay.input('email'));
      pay.el.lang = 'es';
      await pay.el.updateComplete;
      expect(pay.fieldError('email')).to.equal(
        'Escriba un correo electrónico como nombre@ejemplo.com, o déjelo vacío.',
      );
      await expect(pay.el).to.be.accessible();
    });

    it('keeps everything when going back and forth', async () => {
      const pay = await mount();
      await pay.findAccount('482910375', '92672', '20.00');
      await pay.type('email', 'ana@example.org');
      await pay.click('Continue');
      await pay.untilStep('Payment method');
      await pay.click('Back');
      await pay.untilStep('Amount');
      expect(pay.input('amount').value).to.equal('20.00');
      expect(pay.input('email').value).to.equal('ana@example.org');
      await pay.click('Back');
      await pay.untilStep('Find your bill');
      expect(pay.input('number').value).to.equal('482910375');
      await pay.click('Find my bill');
      await pay.untilStep('Amount');
      expect(pay.input('amount').value, 'the same bill keeps its typed amount').to.equal('20.00');
    });
  });

  describe('review, pay and receipt', () => {
    it('pays by card: the server fee, one payment, a receipt and civic-payment-succeeded', async () => {
      const pay = await mount();
      await pay.findAccount();
      await pay.type('email', 'ana@example.org');
      await pay.toReview();
      expect(pay.summary()).to.include({
        Amount: '$84.17',
        'Convenience fee': '$2.48',
        Total: '$86.65',
        'Payment method': 'Visa ending in 4242',
      });
      await expect(pay.el).to.be.accessible();

      const succeeded = oneEvent(pay.el, 'civic-payment-succeeded') as Promise<CivicPaymentSucceededEvent>;
      await pay.click('Pay $86.65');
      expect(pay.button('Pay $86.65').getAttribute('aria-disabled')).to.equal('true');
      expect(pay.status).to.equal('Processing your payment. Please keep this page open.');
      const { payment } = await succeeded;
      await pay.untilStep('Receipt');
      expect(payment.confirmation).to.match(/^SC-/);
      expect(payment).not.to.have.property('receiptToken');
      const receipt = pay.summary();
      expect(receipt['Confirmation number']).to.equal(payment.confirmation);
      expect(receipt).to.include({ Amount: '$84.17', 'Convenience fee': '$2.48', Total: '$86.65' });
      expect(pay.section.textContent).to.contain('Thank you. Your payment was approved.');
      expect(pay.root.querySelector('civic-payment-fields'), 'card frame kept after paying').to.equal(null);
      expect(sessionStorage.length).to.equal(0);
      await expect(pay.el).to.be.accessible();
    });

    it('pays by bank only after the authorization is accepted', async () => {
      const pay = await mount();
      await pay.findAccount();
      await pay.toReview('Bank account (checking or savings)');
      expect(pay.summary()).to.include({ 'Convenience fee': '$0.00', 'Payment method': 'Bank account ending in 6789' });
      expect(pay.section.textContent).to.contain('you authorize City of San Clemente to debit $84.17 once');
      const posted = recordPaymentKeys();
      await pay.click('Pay $84.17');
      expect(posted).to.have.length(0);
      expect(pay.fieldError('authorization')).to.contain('Check the box to authorize the debit');
      await waitUntil(() => deepActiveElement() === pay.input('authorization'));
      await expect(pay.el).to.be.accessible();
      pay.input('authorization').click();
      await pay.click('Pay $84.17');
      await pay.untilStep('Receipt');
      expect(pay.summary()['Payment method']).to.equal('Bank account ending in 6789');
    });

    it('after a decline says so, goes back to the method, and another card works with a new key', async () => {
      const pay = await mount();
      await pay.findAccount();
      PaymentFieldsDouble.card = testCard('4000000000000002');
      await pay.toReview();
      const keys = recordPaymentKeys();
      const failed = oneEvent(pay.el, 'civic-payment-failed') as Promise<CivicPaymentFailedEvent>;
      await pay.click(/^Pay /);
      expect((await failed).code).to.equal('card_declined');
      await pay.untilStep('Payment method');
      expect(pay.message).to.equal('Your card was declined. Try another card or a bank account; nothing was charged.');
      await expect(pay.el).to.be.accessible();

      PaymentFieldsDouble.card = testCard('4242424242424242');
      await pay.click('Continue');
      await pay.untilStep('Review and pay');
      expect(pay.message).to.equal('');
      await pay.click('Pay $86.65');
      await pay.untilStep('Receipt');
      expect(keys).to.have.length(2);
      expect(keys[1]).not.to.equal(keys[0]);
    });

    it('insufficient funds gets its own message', async () => {
      const pay = await mount();
      await pay.findAccount();
      PaymentFieldsDouble.card = testCard('4000000000009995');
      await pay.toReview();
      await pay.click(/^Pay /);
      await pay.untilStep('Payment method');
      expect(pay.message).to.contain('insufficient funds');
    });

    it('while the fee is being quoted, shows a busy Pay button that keeps its place and passes axe', async () => {
      const pay = await mount();
      await pay.findAccount();
      let release: () => void = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      window.fetch = async (input, init) => {
        if (peek(input, init).url.endsWith('/fee-quotes')) await released;
        return realFetch(input, init);
      };
      await pay.click('Continue');
      await pay.untilStep('Payment method');
      if (pay.section.querySelector('fieldset')) await pay.choose('Credit or debit card');
      await pay.click('Continue');
      await waitUntil(() => pay.currentStepLabel?.startsWith('Review and pay'), 'not on review');
      const busy = pay.button('Getting the convenience fee…');
      expect(busy.getAttribute('aria-disabled')).to.equal('true');
      await expect(pay.el).to.be.accessible();
      release();
      await pay.idle();
      expect(pay.button(/^Pay \$/)).to.equal(busy);
    });

    it('shows the new total when the fee changed between review and pay, then pays it', async () => {
      const pay = await mount();
      await pay.findAccount();
      let quotes = 0;
      window.fetch = async (input, init) => {
        const request = peek(input, init);
        if (request.url.endsWith('/fee-quotes') && quotes++ === 0) {
          return new Response(JSON.stringify({ amountCents: 8417, feeCents: 100, totalCents: 8517 }), {
            headers: { 'content-type': 'application/json' },
          });
        }
        return realFetch(input, init);
      };
      await pay.toReview();
      expect(pay.summary().Total).to.equal('$85.17');
      const payButton = pay.button('Pay $85.17');
      payButton.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => pay.message.startsWith('The convenience fee changed'), 'no fee-changed message');
      await pay.idle();
      expect(deepActiveElement(), 'the button stays, with the new total, and keeps focus').to.equal(payButton);
      expect(pay.message).to.equal(
        'The convenience fee changed, so your payment was not made; nothing was charged. Your new total is $86.65. Review it and pay.',
      );
      expect(pay.summary().Total).to.equal('$86.65');
      expect(pay.currentStepLabel).to.equal('Review and pay');
      await pay.click('Pay $86.65');
      await pay.untilStep('Receipt');
      expect(pay.summary().Total).to.equal('$86.65');
    });

    it('puts the API refusing the receipt email on the email field, and pays once it is changed', async () => {
      const pay = await mount();
      await pay.findAccount();
      await pay.type('email', 'ana@example.org');
      await pay.toReview();
      // An API stricter than the widget: the real server's own 422 for an address it refuses.
      window.fetch = async (input, init) => {
        const request = new Request(input, init);
        if (!isPayment(request.url)) return realFetch(request);
        const body = { ...(await request.json()), receiptEmail: 'josé@example.com' };
        return realFetch(request.url, { method: 'POST', headers: request.headers, body: JSON.stringify(body) });
      };
      const failed = oneEvent(pay.el, 'civic-payment-failed') as Promise<CivicPaymentFailedEvent>;
      await pay.click(/^Pay /);
      expect((await failed).code).to.equal('validation');
      await pay.untilStep('Amount');
      expect(pay.fieldError('email')).to.equal('Enter an email address such as name@example.com, or leave it empty.');
      expect(pay.input('email').getAttribute('aria-invalid')).to.equal('true');
      await waitUntil(() => deepActiveElement() === pay.input('email'), 'focus on the email field');
      expect(pay.input('email').value, 'what was typed is kept').to.equal('ana@example.org');
      await pay.click('Continue');
      expect(pay.currentStepLabel, 'the refused address stays refused').to.match(/^Amount/);

      window.fetch = realFetch;
      await pay.type('email', 'ana.rivera@example.org');
      expect(pay.fieldError('email')).to.equal('');
      await pay.toReview();
      await pay.click(/^Pay /);
      await pay.untilStep('Receipt');
    });

    it('sends an expired lookup back to step 1 with a message, keeping the typed values', async () => {
      const pay = await mount();
      await pay.findAccount('482 910 375', '92672');
      await pay.toReview();
      // The server's clock cannot be moved from the browser: answer this one request as it would.
      stubFetch(isPayment, () => problem(410, 'lookup_expired'));
      await pay.click(/^Pay /);
      await pay.untilStep('Find your bill');
      expect(pay.message).to.equal(
        'For your security, your bill search timed out. Find your bill again to continue; nothing was charged.',
      );
      expect(pay.input('number').value).to.equal('482 910 375');
      expect(pay.input('zip').value).to.equal('92672');
      window.fetch = realFetch;
      await pay.click('Find my bill');
      await pay.untilStep('Amount');
    });

    it('after too many attempts, says to wait and offers Try again with the same key', async () => {
      const pay = await mount();
      await pay.findAccount();
      await pay.toReview();
      const refused = stubFetch(isPayment, () => problem(429, 'rate_limited'));
      await pay.click(/^Pay /);
      await waitUntil(() => pay.message !== '', 'no message', { timeout: 15_000 });
      await pay.idle();
      expect(pay.message).to.equal(
        'Too many payment attempts were made. Wait, then try again later: you will not be charged twice.',
      );
      expect(pay.currentStepLabel).to.equal('Review and pay');
      await expect(pay.el).to.be.accessible();

      const retried = recordPaymentKeys();
      await pay.click('Try again');
      await pay.untilStep('Receipt');
      expect(retried).to.deep.equal([refused[0]!.headers.get('idempotency-key')]);
    });

    it('after a lost answer, "Try again" reuses the key and the server replays one payment', async () => {
      const pay = await mount();
      await pay.findAccount();
      await pay.toReview();
      const keys: string[] = [];
      let committed: Response | undefined;
      // Every attempt reaches the server, but the page never hears back.
      window.fetch = async (input, init) => {
        const request = peek(input, init);
        if (!isPayment(request.url)) return realFetch(input, init);
        keys.push(request.headers.get('idempotency-key')!);
        committed = await realFetch(input, init);
        throw new TypeError('Failed to fetch');
      };
      const payButton = pay.button(/^Pay /);
      payButton.focus();
      await sendKeys({ press: 'Enter' });
      expect(deepActiveElement(), 'the busy button keeps focus').to.equal(payButton);
      await waitUntil(() => pay.message.startsWith('We lost the connection'), 'no network message', {
        timeout: 15_000,
      });
      await pay.idle();
      expect(deepActiveElement(), 'focus stays on the button, now Try again').to.equal(pay.button('Try again'));
      expect(committed!.status).to.equal(201);
      const first = await committed!.json();
      expect(pay.currentStepLabel).to.equal('Review and pay');
      expect(pay.button('Back').disabled, 'cannot change a payment that may have gone through').to.equal(true);
      await expect(pay.el).to.be.accessible();

      const retried = recordPaymentKeys();
      await pay.click('Try again');
      await pay.untilStep('Receipt');
      expect(retried).to.have.length(1);
      expect(new Set([...keys, ...retried]).size).to.equal(1);
      expect(pay.summary()['Confirmation number']).to.equal(first.confirmation);
    });

    it('after a reload finds the outcome of the payment it sent instead of paying again', async () => {
      const pay = await mount();
      await pay.findAccount();
      await pay.toReview();
      let firstConfirmation = '';
      window.fetch = async (input, init) => {
        const request = peek(input, init);
        if (!isPayment(request.url)) return realFetch(input, init);
        firstConfirmation = (await (await realFetch(input, init)).json()).confirmation;
        return new Promise<Response>(() => {}); // the page goes away before the answer
      };
      void pay.click(/^Pay /);
      await waitUntil(() => firstConfirmation !== '', 'the payment never reached the server');
      pay.el.remove();
      window.fetch = realFetch;

      const replayed = oneEvent(document, 'civic-payment-succeeded') as Promise<CivicPaymentSucceededEvent>;
      const reloaded = new GuestPayDriver(
        await fixture<CivicGuestPay>(html`<civic-guest-pay api=${TEST_API} tenant=${TENANT}></civic-guest-pay>`),
      );
      expect((await replayed).payment.confirmation).to.equal(firstConfirmation);
      await reloaded.untilStep('Receipt');
      expect(reloaded.summary()['Confirmation number']).to.equal(firstConfirmation);
    });

    it('keeps Pay disabled while a payment is in flight: a double click sends one request', async () => {
      const pay = await mount();
      await pay.findAccount();
      await pay.toReview();
      const posted = recordPaymentKeys();
      const button = pay.button(/^Pay /);
      button.click();
      button.click();
      await pay.untilStep('Receipt');
      expect(posted).to.have.length(1);
    });
  });

  describe('configuration from the host page', () => {
    it('says clearly when the tenant is unknown', async () => {
      const el = await fixture<CivicGuestPay>(
        html`<civic-guest-pay api=${TEST_API} tenant="no-such-city"></civic-guest-pay>`,
      );
      const pay = new GuestPayDriver(el);
      await waitUntil(() => pay.message !== '', 'no message');
      expect(pay.message).to.equal('This city could not be found in the billing service. Please contact the city.');
      await expect(el).to.be.accessible();
    });

    it('refuses a billing API URL that is not http(s) and fires civic-error', async () => {
      const errors: CivicErrorEvent[] = [];
      const listener = (event: Event) => errors.push(event as CivicErrorEvent);
      document.addEventListener('civic-error', listener);
      const el = await fixture<CivicGuestPay>(
        html`<civic-guest-pay api="javascript:alert(1)" tenant=${TENANT}></civic-guest-pay>`,
      );
      document.removeEventListener('civic-error', listener);
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(
        "the billing service's web address is not valid",
      );
      expect(errors.map((error) => error.code)).to.deep.equal(['invalid_config']);
      await expect(el).to.be.accessible();
    });
  });

  describe('Spanish', () => {
    it('speaks Spanish in every step it reaches', async () => {
      const pay = await mount('es');
      expect(pay.heading).to.equal('Paso 1 de 5: Busque su factura');
      expect(pay.root.querySelector('.steps')!.getAttribute('aria-label')).to.equal('Pasos del pago');
      await pay.type('number', '999888777');
      await pay.type('zip', '92672');
      await pay.click('Buscar mi factura');
      await waitUntil(() => pay.message !== '');
      expect(pay.message).to.contain('No encontramos una factura');
      await pay.type('number', '482910375');
      await pay.click('Buscar mi factura');
      await pay.untilStep('Monto');
      expect(pay.summary()['Monto adeudado']).to.match(/^\$\d+\.\d\d$/);
      await pay.type('amount', 'abc');
      await pay.click('Continuar');
      expect(pay.fieldError('amount')).to.equal('Escriba un monto en dólares y centavos, por ejemplo 84.17.');
      await expect(pay.el).to.be.accessible();
    });
  });

  describe('keyboard only', () => {
    it('pays with Tab, typing and Enter', async () => {
      const pay = await mount();
      pay.input('number').focus();
      await sendKeys({ type: '482-910-375' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '92672' });
      await sendKeys({ press: 'Enter' });
      await pay.untilStep('Amount');
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(pay.input('amount'));
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'a' });
      await sendKeys({ up: 'Control' });
      await sendKeys({ type: '84.17' });
      await sendKeys({ press: 'Enter' });
      await pay.untilStep('Payment method');
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.textContent?.trim()).to.equal('Continue');
      await sendKeys({ press: 'Enter' });
      await pay.untilStep('Review and pay');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.textContent?.trim()).to.equal('Pay $86.65');
      await sendKeys({ press: 'Enter' });
      await pay.untilStep('Receipt');
      expect(deepActiveElement()).to.equal(pay.section.querySelector('h2'));
    });
  });
});
