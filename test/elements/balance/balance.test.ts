import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/balance.js';
import type { CivicBalance } from '../../../src/elements/balance/balance.js';
import { accountSelectionFor, type AccountSelectionEvent } from '../../../src/core/account-selection.js';
import type { Account } from '../../../src/api/schemas.js';
import { deepActiveElement } from '../../../src/core/focus.js';
import { TENANT, TEST_API } from '../../helpers/env.js';
import {
  billing,
  buttonNamed,
  expectAnnouncedLoadError,
  isPath,
  json,
  part,
  shadow,
  signInResident,
  signOutEverywhere,
  restoreFetch,
  stubFetch,
  textOf,
} from '../../helpers/account.js';
import '../../helpers/lit-warnings.js';

const loaded = (el: CivicBalance) =>
  waitUntil(() => part(el, 'account') || part(el, 'empty') || part(el, 'error'), 'balance did not load', {
    timeout: 10_000,
  });

const hostileAccount: Account = {
  id: 'acct-x',
  maskedNumber: '•••••9999',
  serviceAddress: {
    line1: '<img src=x onerror="window.pwned=1">1 Main St',
    line2: '<script>window.pwned=1</script>',
    city: 'San Clemente',
    state: 'CA',
    zip: '92672',
  },
  balanceCents: -1250,
  amountDueCents: 0,
  dueDate: null,
  pastDueCents: 0,
  status: 'active',
  lastPayment: null,
};

describe('<civic-balance>', () => {
  afterEach(async () => {
    restoreFetch();
    await signOutEverywhere();
  });

  it('asks the resident to sign in when nobody is signed in', async () => {
    const el = await fixture<CivicBalance>(html`<civic-balance api=${TEST_API} tenant=${TENANT}></civic-balance>`);
    expect(part(el, 'signed-out')!.textContent).to.equal('Sign in to see your account.');
    await expect(el).to.be.accessible();
  });

  it('loads as soon as the resident signs in elsewhere on the page, showing the first account', async () => {
    const el = await fixture<CivicBalance>(html`<civic-balance api=${TEST_API} tenant=${TENANT}></civic-balance>`);
    await signInResident();
    await el.updateComplete;
    expect(part(el, 'loading')).to.exist;
    await expect(el).to.be.accessible();
    await loaded(el);
    const text = textOf(el);
    expect(text).to.contain('Account •••••6852');
    expect(text).to.contain('218 Calle Serena');
    expect(text).to.contain('San Clemente, CA 92672');
    expect(part(el, 'account')!.querySelector('.amount')!.textContent).to.equal('$62.40');
    expect(text).to.match(/Last payment \$\d+\.\d\d on \w+ \d+, \d{4}/);
    expect(part(el, 'past-due')).to.equal(null);
    expect(accountSelectionFor(billing()).accountId).to.equal('acct-sc-0301');
    await expect(el).to.be.accessible();
  });

  it('chooses the past-due account with the keyboard and marks it past due in words', async () => {
    await signInResident();
    const el = await fixture<CivicBalance>(html`<civic-balance api=${TEST_API} tenant=${TENANT}></civic-balance>`);
    await loaded(el);
    const radios = shadow(el).querySelectorAll<HTMLInputElement>('[part="chooser"] input[type="radio"]');
    expect(radios).to.have.length(2);
    expect(part(el, 'chooser')!.querySelector('legend')!.textContent).to.equal('Account');
    radios[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(accountSelectionFor(billing()).accountId).to.equal('acct-sc-0302');
    const pastDue = part(el, 'past-due')!;
    expect(pastDue.textContent).to.contain('Past due: $48.25 is overdue.');
    expect(textOf(el)).to.contain('3300 Calle Grande Vista');
    expect(textOf(el)).to.contain('Unit 4');
    expect(part(el, 'account')!.querySelector('.amount')!.textContent).to.equal('$145.90');
    await expect(el).to.be.accessible();
  });

  it('asks the payment flow to pay the chosen account and goes to pay-url when none is on the page', async () => {
    await signInResident();
    const el = await fixture<CivicBalance>(
      html`<civic-balance api=${TEST_API} tenant=${TENANT} pay-url="#pay-test"></civic-balance>`,
    );
    await loaded(el);
    const payNow = buttonNamed(el, 'Pay now')!;
    expect(payNow.getAttribute('aria-label')).to.equal('Pay now for account •••••6852');
    const requested = oneEvent(accountSelectionFor(billing()), 'change');
    payNow.click();
    const event = (await requested) as unknown as AccountSelectionEvent;
    expect(event.reason).to.equal('pay');
    expect(event.accountId).to.equal('acct-sc-0301');
    expect(location.hash).to.equal('#pay-test');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('never offers a pay-url that is not http(s)', async () => {
    await signInResident();
    const el = await fixture<CivicBalance>(
      html`<civic-balance api=${TEST_API} tenant=${TENANT} pay-url="javascript:alert(1)"></civic-balance>`,
    );
    await loaded(el);
    expect(buttonNamed(el, 'Pay now')).to.equal(undefined);
  });

  it('refreshes with the keyboard, says so, and keeps focus in the element', async () => {
    await signInResident();
    const el = await fixture<CivicBalance>(html`<civic-balance api=${TEST_API} tenant=${TENANT}></civic-balance>`);
    await loaded(el);
    buttonNamed(el, 'Refresh')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'status')!.textContent === 'Balance updated.', 'no refresh announcement');
    expect(part(el, 'account')).to.exist;
    expect(deepActiveElement(), 'not dropped to the page').to.equal(shadow(el).querySelector('h2'));
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish', async () => {
    await signInResident();
    const el = await fixture<CivicBalance>(
      html`<civic-balance api=${TEST_API} tenant=${TENANT} lang="es"></civic-balance>`,
    );
    await loaded(el);
    const text = textOf(el);
    expect(text).to.contain('Su saldo');
    expect(text).to.contain('Monto adeudado');
    expect(text).to.contain('Cuenta •••••6852');
    expect(buttonNamed(el, 'Actualizar')).to.exist;
    await expect(el).to.be.accessible();
  });

  describe('with hostile or failing responses', () => {
    async function balanceWith(body: unknown, status = 200) {
      await signInResident();
      stubFetch((request, realFetch) =>
        isPath(request, 'get', /\/v1\/accounts$/) ? json(body, status) : realFetch(request),
      );
      const el = await fixture<CivicBalance>(html`<civic-balance api=${TEST_API} tenant=${TENANT}></civic-balance>`);
      await loaded(el);
      return el;
    }

    it('renders markup in addresses as text and shows a credit as a credit', async () => {
      const el = await balanceWith({ accounts: [hostileAccount] });
      expect(shadow(el).querySelector('img, script')).to.equal(null);
      expect(textOf(el)).to.contain('<img src=x onerror="window.pwned=1">1 Main St');
      expect((window as { pwned?: number }).pwned).to.equal(undefined);
      expect(part(el, 'credit')!.textContent).to.contain('You have a credit of $12.50.');
      expect(textOf(el)).to.contain('No payment due');
      expect(buttonNamed(el, 'Pay now')).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('formats a huge balance', async () => {
      const huge = { ...hostileAccount, balanceCents: 99_999_999_99, amountDueCents: 99_999_999_99 };
      const el = await balanceWith({ accounts: [huge] });
      expect(part(el, 'account')!.querySelector('.amount')!.textContent).to.equal('$99,999,999.99');
    });

    it('says when no accounts are linked', async () => {
      const el = await balanceWith({ accounts: [] });
      expect(part(el, 'empty')!.textContent).to.contain('There are no utility accounts linked to your sign-in.');
      expect(accountSelectionFor(billing()).accountId).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('explains a response of the wrong shape and offers to try again', async () => {
      const errors: string[] = [];
      document.addEventListener('civic-error', (event) => errors.push(event.code), { once: true });
      const el = await balanceWith({ accounts: [{ ...hostileAccount, balanceCents: 'lots' }] });
      expect(part(el, 'error')!.textContent).to.contain('The billing service sent an answer we could not read.');
      expect(errors).to.deep.equal(['invalid_response']);
      await expect(el).to.be.accessible();

      restoreFetch();
      buttonNamed(el, 'Try again')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => part(el, 'account'), 'Try again did not load the accounts');
      await el.updateComplete;
      expect(deepActiveElement(), 'not dropped to the page').to.equal(shadow(el).querySelector('h2'));
    });

    it('announces a load failure through a live region that was there, empty, from the start', async () => {
      const el = await fixture<CivicBalance>(
        html`<civic-balance api=${TEST_API} tenant=${TENANT} lang="es"></civic-balance>`,
      );
      const region = part(el, 'alert')!;
      expect(region.getAttribute('role')).to.equal('alert');
      expect(region.textContent).to.equal('');
      stubFetch((request, realFetch) =>
        isPath(request, 'get', /\/v1\/accounts$/)
          ? json({ type: 'about:blank', title: 'Down', status: 503, code: 'server_error' }, 503)
          : realFetch(request),
      );
      await signInResident();
      await loaded(el);
      const message = 'El servicio de facturación tuvo un problema. Inténtelo de nuevo en unos minutos.';
      await expectAnnouncedLoadError(el, region, message);

      restoreFetch();
      buttonNamed(el, 'Intentar de nuevo')!.click();
      await waitUntil(() => part(el, 'account'), 'Try again did not load the accounts');
      expect(region.textContent).to.equal('');
    });

    it('explains a server failure', async () => {
      const el = await balanceWith({ type: 'about:blank', title: 'Down', status: 503, code: 'server_error' }, 503);
      expect(part(el, 'error')!.textContent).to.contain('The billing service had a problem.');
    });
  });

  it('says what is wrong with its configuration instead of rendering nothing', async () => {
    const el = await fixture<CivicBalance>(html`<civic-balance api=${TEST_API}></civic-balance>`);
    expect(part(el, 'error')!.textContent).to.contain('missing tenant');
    await expect(el).to.be.accessible();
  });
});
