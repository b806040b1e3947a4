import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/login.js';
import '../../../src/define/balance.js';
import type { CivicLogin } from '../../../src/elements/login/login.js';
import { billingFor } from '../../../src/core/billing.js';
import type { CivicSignedInEvent } from '../../../src/core/events.js';
import { deepActiveElement } from '../../../src/core/focus.js';
import { RESIDENT, TENANT, TEST_API, TEST_API_ALT } from '../../helpers/env.js';
import {
  billing,
  buttonNamed,
  isPath,
  json,
  part,
  shadow,
  signOutEverywhere,
  restoreFetch,
  stubFetch,
  textOf,
} from '../../helpers/account.js';
import '../../helpers/lit-warnings.js';

/**
 * Failed sign-ins count against the API's per-address limit (5 in 15 minutes). They go to the
 * API as 127.0.0.1: Chromium connects to `localhost` over IPv6 (::1), a different client
 * address, so every other test can still sign in. The lockout test checks that it can.
 */
const FAILING_API = TEST_API_ALT;

const input = (el: CivicLogin, id: string) => shadow(el).querySelector<HTMLInputElement>(`#${id}`)!;
const message = (el: CivicLogin) => part(el, 'message')!.textContent!.trim();

async function typeInto(el: CivicLogin, id: string, text: string) {
  input(el, id).focus();
  await sendKeys({ type: text });
}

async function submitCredentials(el: CivicLogin, username: string, password: string) {
  const field = input(el, 'username');
  field.value = username;
  field.dispatchEvent(new InputEvent('input'));
  const secret = input(el, 'password');
  secret.value = password;
  secret.dispatchEvent(new InputEvent('input'));
  shadow(el).querySelector('form')!.requestSubmit();
  await el.updateComplete;
  const submit = shadow(el).querySelector('button[type="submit"]');
  // Settled: signed in, answered, or told to wait (the button stays disabled for the wait).
  const settled = () =>
    !submit?.isConnected || submit.getAttribute('aria-disabled') === 'false' || part(el, 'notice')?.textContent;
  await waitUntil(settled, 'sign-in hung', { timeout: 10_000 });
  await el.updateComplete;
}

/** A login and a balance on one page, the resident signed in through the login and the balance loaded. */
async function signInBesideBalance() {
  const page = await fixture<HTMLElement>(
    html`<div>
      <civic-login api=${TEST_API} tenant=${TENANT}></civic-login>
      <civic-balance api=${TEST_API} tenant=${TENANT}></civic-balance>
    </div>`,
  );
  const el = page.querySelector('civic-login')!;
  const balance = page.querySelector('civic-balance')!;
  await submitCredentials(el, RESIDENT.username, RESIDENT.password);
  await waitUntil(() => part(balance, 'account'), 'balance did not load after sign-in');
  return { page, el, balance };
}

describe('<civic-login>', () => {
  afterEach(async () => {
    restoreFetch();
    await signOutEverywhere();
    billingFor(FAILING_API, TENANT).session.expire();
  });

  it('asks for a user name and password with the right autocomplete tokens, and is accessible', async () => {
    const el = await fixture<CivicLogin>(html`<civic-login api=${TEST_API} tenant=${TENANT}></civic-login>`);
    expect(input(el, 'username').autocomplete).to.equal('username');
    expect(input(el, 'password').autocomplete).to.equal('current-password');
    expect(input(el, 'password').type).to.equal('password');
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('shows and hides the password with a pressed toggle', async () => {
    const el = await fixture<CivicLogin>(html`<civic-login api=${TEST_API} tenant=${TENANT}></civic-login>`);
    const toggle = buttonNamed(el, 'Show password')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(input(el, 'password').type).to.equal('text');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('signs in with the keyboard alone, announces who, and keeps the token out of storage', async () => {
    const el = await fixture<CivicLogin>(html`<civic-login api=${TEST_API} tenant=${TENANT}></civic-login>`);
    const signedIn = oneEvent(el, 'civic-signed-in');
    for (const region of [part(el, 'status')!, part(el, 'message')!]) {
      expect(getComputedStyle(region).display, 'an empty live region stays in the accessibility tree').not.to.equal(
        'none',
      );
    }
    await typeInto(el, 'username', RESIDENT.username);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: RESIDENT.password });
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    const event = (await signedIn) as unknown as CivicSignedInEvent;
    expect(event.customer.displayName).to.equal('Alex Rivera');
    await el.updateComplete;
    expect(textOf(el)).to.contain('Signed in as Alex Rivera');
    expect(part(el, 'status')!.textContent).to.contain('You are signed in as Alex Rivera.');
    expect(deepActiveElement()?.id).to.equal('who');
    await expect(el).to.be.accessible();

    const token = billing().session.bearerToken()!;
    expect(token).to.be.a('string').and.not.empty;
    const stored = [document.cookie, JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })];
    expect(stored.join('\n')).not.to.contain(token);
  });

  it('sends one request however often Sign in is pressed while busy', async () => {
    let signInRequests = 0;
    stubFetch((request, realFetch) => {
      if (isPath(request, 'post', /\/sessions$/)) signInRequests++;
      return realFetch(request);
    });
    const el = await fixture<CivicLogin>(html`<civic-login api=${TEST_API} tenant=${TENANT}></civic-login>`);
    input(el, 'username').value = RESIDENT.username;
    input(el, 'username').dispatchEvent(new InputEvent('input'));
    input(el, 'password').value = RESIDENT.password;
    input(el, 'password').dispatchEvent(new InputEvent('input'));
    const signedIn = oneEvent(el, 'civic-signed-in');
    const submit = buttonNamed(el, 'Sign in')!;
    submit.click();
    await el.updateComplete;
    expect(submit.getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    submit.click();
    submit.click();
    await signedIn;
    expect(signInRequests).to.equal(1);
  });

  it('says that something is missing instead of sending an empty form', async () => {
    const el = await fixture<CivicLogin>(html`<civic-login api=${TEST_API} tenant=${TENANT}></civic-login>`);
    buttonNamed(el, 'Sign in')!.click();
    await el.updateComplete;
    expect(message(el)).to.equal('Enter your user name.');
    expect(input(el, 'username').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('stops marking the missing field invalid, and drops its message, once the resident types in it', async () => {
    const el = await fixture<CivicLogin>(html`<civic-login api=${TEST_API} tenant=${TENANT}></civic-login>`);
    buttonNamed(el, 'Sign in')!.click();
    await el.updateComplete;
    await typeInto(el, 'username', ' ');
    await el.updateComplete;
    expect(input(el, 'username').getAttribute('aria-invalid')).to.equal('true');
    await typeInto(el, 'username', RESIDENT.username);
    await el.updateComplete;
    expect(input(el, 'username').getAttribute('aria-invalid')).to.equal('false');
    expect(input(el, 'username').hasAttribute('aria-describedby')).to.equal(false);
    expect(message(el)).to.equal('');
    expect(input(el, 'username').value).to.equal(` ${RESIDENT.username}`);
    await expect(el).to.be.accessible();
  });

  it('ties the missing-field message to the field it is about, and focuses that field', async () => {
    const el = await fixture<CivicLogin>(html`<civic-login api=${TEST_API} tenant=${TENANT}></civic-login>`);
    const describedBy = (id: string) =>
      (input(el, id).getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((ref) => shadow(el).getElementById(ref)?.textContent?.trim() ?? '');
    buttonNamed(el, 'Sign in')!.click();
    await el.updateComplete;
    expect(describedBy('username')).to.include('Enter your user name.');
    expect(deepActiveElement()).to.equal(input(el, 'username'));
    await typeInto(el, 'username', RESIDENT.username);
    buttonNamed(el, 'Sign in')!.click();
    await el.updateComplete;
    expect(describedBy('password')).to.include('Enter your password.');
    expect(input(el, 'username').hasAttribute('aria-describedby')).to.equal(false);
    expect(deepActiveElement()).to.equal(input(el, 'password'));
  });

  it('gives one generic message for a wrong password, keeps the user name and clears the password', async () => {
    const el = await fixture<CivicLogin>(html`<civic-login api=${FAILING_API} tenant=${TENANT}></civic-login>`);
    await submitCredentials(el, RESIDENT.username, 'not-the-password');
    expect(message(el)).to.equal('The user name or password is not correct. Please try again.');
    expect(input(el, 'username').value).to.equal(RESIDENT.username);
    expect(input(el, 'password').value).to.equal('');
    expect(deepActiveElement()).to.equal(input(el, 'password'));
    await expect(el).to.be.accessible();
  });

  it('slows sign-in after repeated failures and says how long to wait, while other addresses still sign in', async () => {
    const el = await fixture<CivicLogin>(html`<civic-login api=${FAILING_API} tenant=${TENANT}></civic-login>`);
    let attempts = 0;
    const notice = () => part(el, 'notice')!.textContent!.trim();
    while (!notice() && attempts < 7) {
      await submitCredentials(el, 'lockout-test', 'wrong-password');
      attempts++;
    }
    expect(attempts).to.be.within(2, 7);
    expect(notice()).to.match(
      /^For your security, signing in is paused\. You can try again in \d+ (seconds?|minutes?)\.$/,
    );
    expect(input(el, 'username').value).to.equal('lockout-test');
    await expect(el).to.be.accessible();

    const other = await fixture<CivicLogin>(html`<civic-login api=${TEST_API} tenant=${TENANT}></civic-login>`);
    await submitCredentials(other, RESIDENT.username, RESIDENT.password);
    expect(textOf(other)).to.contain('Signed in as Alex Rivera');
  });

  it('explains a network failure and a server error in words, keeping what was typed', async () => {
    const el = await fixture<CivicLogin>(html`<civic-login api=${TEST_API} tenant=${TENANT}></civic-login>`);
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    await submitCredentials(el, RESIDENT.username, RESIDENT.password);
    expect(message(el)).to.equal('We could not reach the billing service. Check your connection and try again.');
    expect(input(el, 'username').value).to.equal(RESIDENT.username);
    restoreFetch();

    stubFetch(() => json({ type: 'about:blank', title: 'Oops', status: 500, code: 'server_error' }, 500));
    await submitCredentials(el, RESIDENT.username, RESIDENT.password);
    expect(message(el)).to.equal('The billing service had a problem. Please try again in a few minutes.');
    expect(input(el, 'username').value).to.equal(RESIDENT.username);
    await expect(el).to.be.accessible();
  });

  it("shows the tenant's support contact for a forgotten password", async () => {
    const el = await fixture<CivicLogin>(html`<civic-login api=${TEST_API} tenant=${TENANT}></civic-login>`);
    const forgot = buttonNamed(el, 'Forgot your user name or password?')!;
    expect(forgot.getBoundingClientRect().height, 'a 44 px target').to.be.at.least(44);
    expect(forgot.getAttribute('aria-expanded')).to.equal('false');
    forgot.click();
    await waitUntil(() => part(el, 'support')?.querySelector('a'), 'support contact did not load');
    const support = part(el, 'support')!;
    expect(support.textContent).to.contain('(949) 361-8322');
    expect(support.textContent).to.contain('utilitybilling@example.org');
    expect(support.querySelector('a')!.getAttribute('href')).to.equal('tel:9493618322');
    expect(forgot.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('signs out with the keyboard and every account element on the page returns to signed out', async () => {
    const { el, balance } = await signInBesideBalance();

    const signedOut = oneEvent(el, 'civic-signed-out');
    buttonNamed(el, 'Sign out')!.focus();
    await sendKeys({ press: 'Enter' });
    await signedOut;
    await el.updateComplete;
    expect(input(el, 'username')).to.exist;
    expect(part(el, 'status')!.textContent).to.contain('You are signed out.');
    expect(deepActiveElement()).to.equal(input(el, 'username'));
    await balance.updateComplete;
    expect(part(balance, 'signed-out')!.textContent).to.contain('Sign in to see your account.');
    expect(part(balance, 'account')).to.equal(null);
  });

  describe('idle expiry', () => {
    /** Signs in for real, but tells the element the session ends `seconds` from now. */
    async function signInEndingIn(el: CivicLogin, seconds: number) {
      stubFetch(async (request, realFetch) => {
        const response = await realFetch(request);
        if (!isPath(request, 'post', /\/sessions$/) || !response.ok) return response;
        const session = await response.json();
        return json({ ...session, expiresAt: new Date(Date.now() + seconds * 1000).toISOString() }, 201);
      });
      await submitCredentials(el, RESIDENT.username, RESIDENT.password);
      restoreFetch();
    }

    it('warns a minute before expiry, focuses Stay signed in, extends the session and gives focus back', async () => {
      const page = await fixture<HTMLElement>(
        html`<div><button>Resident's place</button><civic-login api=${TEST_API} tenant=${TENANT}></civic-login></div>`,
      );
      const el = page.querySelector('civic-login')!;
      await signInEndingIn(el, 61.5);
      const residentsPlace = page.querySelector('button')!;
      residentsPlace.focus();
      expect(part(el, 'warning')).to.equal(null);
      await waitUntil(() => part(el, 'warning'), 'no warning before expiry', { timeout: 5_000 });
      const warning = part(el, 'warning')!;
      expect(warning.getAttribute('role')).to.equal('alertdialog');
      expect(warning.textContent).to.contain('Your session is about to end');
      await el.updateComplete;
      expect(deepActiveElement()?.textContent?.trim()).to.equal('Stay signed in');
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !part(el, 'warning'), 'the warning stayed after Stay signed in');
      expect(billing().session.signedIn).to.equal(true);
      expect(billing().session.expiresAt - Date.now()).to.be.greaterThan(10 * 60_000);
      expect(part(el, 'status')!.textContent).to.contain('You are still signed in.');
      expect(deepActiveElement(), 'focus goes back to where the resident was').to.equal(residentsPlace);
    });

    it('fires civic-session-expired and asks to sign in again when the idle time runs out', async () => {
      const el = await fixture<CivicLogin>(html`<civic-login api=${TEST_API} tenant=${TENANT}></civic-login>`);
      const expired = oneEvent(el, 'civic-session-expired');
      await signInEndingIn(el, 1.5);
      expect(part(el, 'warning')).to.exist;
      await expect(el).to.be.accessible();
      await expired;
      await el.updateComplete;
      expect(billing().session.signedIn).to.equal(false);
      expect(message(el)).to.contain('you were signed out because nothing happened for a while');
      expect(input(el, 'username').value).to.equal(RESIDENT.username);
      expect(deepActiveElement(), 'focus moves from Stay signed in to the sign-in form').to.equal(
        input(el, 'username'),
      );
      await expect(el).to.be.accessible();
    });

    it('returns every account element to signed out when the API has ended the session', async () => {
      const { page, el, balance } = await signInBesideBalance();
      await billing().client.signOut();

      const expired = oneEvent(page, 'civic-session-expired');
      buttonNamed(balance, 'Refresh')!.click();
      await expired;
      await el.updateComplete;
      await balance.updateComplete;
      expect(input(el, 'username')).to.exist;
      expect(part(balance, 'signed-out')).to.exist;
      expect(part(balance, 'account')).to.equal(null);
    });

    it('waits longer when the session was used after the warning was scheduled', async () => {
      const el = await fixture<CivicLogin>(html`<civic-login api=${TEST_API} tenant=${TENANT}></civic-login>`);
      await signInEndingIn(el, 62);
      await billing().client.listAccounts();
      await aTimeout(2_500);
      expect(part(el, 'warning')).to.equal(null);
      expect(billing().session.signedIn).to.equal(true);
    });
  });

  it('speaks Spanish', async () => {
    const el = await fixture<CivicLogin>(html`<civic-login api=${TEST_API} tenant=${TENANT} lang="es"></civic-login>`);
    expect(shadow(el).querySelector('label[for="username"]')!.textContent).to.equal('Nombre de usuario');
    expect(buttonNamed(el, 'Iniciar sesión')).to.exist;
    expect(buttonNamed(el, 'Mostrar contraseña')).to.exist;
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('es');
    await submitCredentials(el, RESIDENT.username, RESIDENT.password);
    expect(textOf(el)).to.contain('Sesión iniciada como Alex Rivera');
    expect(buttonNamed(el, 'Cerrar sesión')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('says what is wrong with its configuration instead of rendering nothing', async () => {
    const missing = await fixture<CivicLogin>(html`<civic-login tenant=${TENANT}></civic-login>`);
    expect(part(missing, 'error')!.textContent).to.contain('missing api');
    const invalid = await fixture<CivicLogin>(
      html`<civic-login api="javascript:alert(1)" tenant=${TENANT}></civic-login>`,
    );
    expect(part(invalid, 'error')!.textContent).to.contain("the billing service's web address is not valid");
    await expect(invalid).to.be.accessible();
  });
});
