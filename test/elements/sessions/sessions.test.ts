import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/sessions.js';
import type { CivicSessions } from '../../../src/elements/sessions/sessions.js';
import { createBillingClient } from '../../../src/api/client.js';
import type { SessionSummary } from '../../../src/api/schemas.js';
import { RESIDENT, TENANT, TEST_API } from '../../helpers/env.js';
import { hasFocus } from '../../helpers/consent.js';
import {
  billing,
  buttonNamed,
  expectAnnouncedLoadError,
  isPath,
  json,
  part,
  restoreFetch,
  shadow,
  signInResident,
  signOutEverywhere,
  stubFetch,
  textOf,
} from '../../helpers/account.js';
import '../../helpers/lit-warnings.js';

const listed = (el: CivicSessions) => [...shadow(el).querySelectorAll('[part~="session"]')];
const settled = (el: CivicSessions) =>
  waitUntil(() => part(el, 'list') || part(el, 'error'), 'sessions did not load', { timeout: 10_000 });

async function sessionsElement(lang = 'en') {
  const el = await fixture<CivicSessions>(
    html`<civic-sessions api=${TEST_API} tenant=${TENANT} lang=${lang}></civic-sessions>`,
  );
  await settled(el);
  return el;
}

/** A second sign-in of the resident, as from another browser; returns a client holding its token. */
async function signInElsewhere() {
  const { token } = await createBillingClient({ api: TEST_API, tenant: TENANT }).signIn(RESIDENT);
  return createBillingClient({ api: TEST_API, tenant: TENANT, token: () => token });
}

async function stillSignedIn(client: ReturnType<typeof createBillingClient>): Promise<boolean> {
  return client.getSession().then(
    () => true,
    (error: { code?: string }) => (error.code === 'unauthorized' ? false : Promise.reject(error)),
  );
}

const problem503 = () => json({ type: 'about:blank', title: 'Down', status: 503, code: 'server_error' }, 503);

describe('<civic-sessions>', () => {
  beforeEach(async () => {
    await signInResident();
    // Other test files may leave sessions of the resident behind: start from this one alone.
    await billing().client.endOtherSessions();
  });

  afterEach(async () => {
    restoreFetch();
    await signInResident();
    await billing().client.endOtherSessions();
    await signOutEverywhere();
  });

  it('asks the resident to sign in when nobody is signed in', async () => {
    await signOutEverywhere();
    const el = await fixture<CivicSessions>(html`<civic-sessions api=${TEST_API} tenant=${TENANT}></civic-sessions>`);
    expect(part(el, 'signed-out')!.textContent).to.equal('Sign in to see where you are signed in.');
    await expect(el).to.be.accessible();
  });

  it('shows a loading state while the list is on its way', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    stubFetch(async (request, realFetch) => {
      if (isPath(request, 'get', /\/v1\/sessions$/)) await held;
      return realFetch(request);
    });
    const el = await fixture<CivicSessions>(html`<civic-sessions api=${TEST_API} tenant=${TENANT}></civic-sessions>`);
    await waitUntil(() => part(el, 'loading'), 'never loading');
    expect(part(el, 'loading')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    release();
    await settled(el);
  });

  it('says when no other browser is signed in, with no button to press', async () => {
    const el = await sessionsElement();
    expect(listed(el)).to.have.length(1);
    expect(part(el, 'empty')!.textContent).to.equal('You are not signed in anywhere else.');
    expect(buttonNamed(el, 'Sign out everywhere else')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('lists two sign-ins, marks this one, and signs the other out with the keyboard after confirming', async () => {
    const elsewhere = await signInElsewhere();
    const el = await sessionsElement();
    const [first, second] = listed(el);
    expect(listed(el)).to.have.length(2);
    expect(first!.getAttribute('part')).to.equal('session current');
    expect(first!.textContent).to.contain('This browser, in use now');
    expect(first!.querySelector('.browser')!.textContent).to.equal('Chrome on Linux');
    expect(first!.textContent).to.match(/Last used \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s?[AP]M/);
    expect(second!.getAttribute('part')).to.equal('session');
    expect(second!.textContent).not.to.contain('This browser');
    await expect(el).to.be.accessible();

    const opener = buttonNamed(el, 'Sign out everywhere else')!;
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(part(el, 'confirm')!.textContent).to.contain('Sign out the 1 other browser? You stay signed in here.');
    expect(...hasFocus(buttonNamed(el, 'Yes, sign them out')!)).to.equal(true);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(part(el, 'confirm')).to.equal(null);
    expect(...hasFocus(buttonNamed(el, 'Sign out everywhere else')!)).to.equal(true);
    expect(await stillSignedIn(elsewhere), 'Escape ends nothing').to.equal(true);

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'status')!.textContent!.trim() !== '', 'no result', { timeout: 10_000 });
    expect(part(el, 'status')!.textContent!.trim()).to.equal('Signed out 1 other browser.');
    expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
    expect(listed(el)).to.have.length(1);
    expect(part(el, 'empty')).to.exist;
    expect(...hasFocus(shadow(el).querySelector('h2')!)).to.equal(true);
    await expect(el).to.be.accessible();

    expect(await stillSignedIn(elsewhere), 'the server ended the other session').to.equal(false);
    expect(await stillSignedIn(billing().client), 'this one stays').to.equal(true);
    expect((await billing().client.listSessions()).sessions).to.have.length(1);
  });

  it('forgets the result once the resident signs out', async () => {
    await signInElsewhere();
    const el = await sessionsElement();
    buttonNamed(el, 'Sign out everywhere else')!.click();
    await el.updateComplete;
    buttonNamed(el, 'Yes, sign them out')!.click();
    await waitUntil(() => part(el, 'status')!.textContent!.trim() !== '', 'no result', { timeout: 10_000 });
    await signOutEverywhere();
    await waitUntil(() => part(el, 'signed-out'), 'still signed in');
    await signInResident();
    await settled(el);
    expect(part(el, 'status')!.textContent!.trim()).to.equal('');
  });

  it('Cancel leaves every session as it was', async () => {
    const elsewhere = await signInElsewhere();
    const el = await sessionsElement();
    buttonNamed(el, 'Sign out everywhere else')!.click();
    await el.updateComplete;
    buttonNamed(el, 'Cancel')!.click();
    await el.updateComplete;
    expect(...hasFocus(buttonNamed(el, 'Sign out everywhere else')!)).to.equal(true);
    expect(await stillSignedIn(elsewhere)).to.equal(true);
  });

  it('announces a load failure and loads on Try again', async () => {
    stubFetch((request, realFetch) => (isPath(request, 'get', /\/v1\/sessions$/) ? problem503() : realFetch(request)));
    const el = await sessionsElement();
    const region = part(el, 'alert')!;
    await expectAnnouncedLoadError(el, region, 'The billing service had a problem. Please try again in a few minutes.');
    restoreFetch();
    buttonNamed(el, 'Try again')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'list'), 'Try again did not load the list');
    expect(region.textContent).to.equal('');
  });

  it('says why the others were not signed out, and they stay signed in', async () => {
    const elsewhere = await signInElsewhere();
    const el = await sessionsElement();
    stubFetch((request, realFetch) =>
      isPath(request, 'delete', /\/v1\/sessions\/others$/) ? problem503() : realFetch(request),
    );
    buttonNamed(el, 'Sign out everywhere else')!.click();
    await el.updateComplete;
    buttonNamed(el, 'Yes, sign them out')!.click();
    await waitUntil(() => part(el, 'end-error'), 'no failure shown', { timeout: 10_000 });
    const said =
      'The other browsers were not signed out. The billing service had a problem. Please try again in a few minutes.';
    expect(part(el, 'end-error')!.textContent).to.equal(said);
    expect(part(el, 'alert')!.textContent).to.equal(said);
    expect(...hasFocus(buttonNamed(el, 'Sign out everywhere else')!)).to.equal(true);
    await expect(el).to.be.accessible();
    restoreFetch();
    expect(await stillSignedIn(elsewhere)).to.equal(true);
  });

  it('speaks Spanish', async () => {
    await signInElsewhere();
    const el = await sessionsElement('es');
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Dónde tiene la sesión iniciada');
    expect(listed(el)[0]!.querySelector('.browser')!.textContent).to.equal('Chrome en Linux');
    expect(textOf(el)).to.contain('Este navegador, en uso ahora');
    expect(textOf(el)).to.contain('Último uso:');
    buttonNamed(el, 'Cerrar la sesión en todos los demás')!.click();
    await el.updateComplete;
    expect(part(el, 'confirm')!.textContent).to.contain('¿Cerrar la sesión en el otro navegador?');
    await expect(el).to.be.accessible();
    buttonNamed(el, 'Sí, cerrar esas sesiones')!.click();
    await waitUntil(() => part(el, 'status')!.textContent!.trim() !== '', 'no result', { timeout: 10_000 });
    expect(part(el, 'status')!.textContent!.trim()).to.equal('Se cerró la sesión en 1 navegador más.');
    expect(part(el, 'empty')!.textContent).to.equal('No tiene la sesión iniciada en ningún otro lugar.');
    await expect(el).to.be.accessible();
  });

  describe('with hostile responses', () => {
    function listing(sessions: Array<Partial<SessionSummary>>) {
      const base = { createdAt: '2026-12-03T10:00:00Z', lastUsedAt: '2026-12-03T10:05:00Z' };
      const body = {
        sessions: sessions.map((each, index) => ({
          id: `s${index}`,
          expiresAt: '2026-12-03T22:00:00Z',
          current: index === 0,
          userAgent: null,
          ...base,
          ...each,
        })),
      };
      stubFetch((request, realFetch) => (isPath(request, 'get', /\/v1\/sessions$/) ? json(body) : realFetch(request)));
    }

    it('shows a user agent it cannot name as text, never as markup', async () => {
      const markup = '<img src=x onerror="window.pwned=1">Evil/1.0';
      listing([{}, { userAgent: markup }]);
      const el = await sessionsElement();
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect(listed(el)[0]!.querySelector('.browser')!.textContent).to.equal('Unknown browser');
      expect(listed(el)[1]!.querySelector('.browser')!.textContent).to.equal(markup);
      expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('explains a list of the wrong shape', async () => {
      stubFetch((request, realFetch) =>
        isPath(request, 'get', /\/v1\/sessions$/) ? json({ sessions: [{ id: 1 }] }) : realFetch(request),
      );
      const el = await sessionsElement();
      expect(part(el, 'error')!.textContent).to.contain('The billing service sent an answer we could not read.');
      await expect(el).to.be.accessible();
    });
  });
});
