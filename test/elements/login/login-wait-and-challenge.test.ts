import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/login.js';
import type { CivicLogin } from '../../../src/elements/login/login.js';
import { createBillingClient } from '../../../src/api/client.js';
import { BillingError } from '../../../src/api/errors.js';
import type { ChallengeAnswer } from '../../../src/api/schemas.js';
import { deepActiveElement } from '../../../src/core/focus.js';
import { AFFILIATE_TENANT, TENANT, TEST_API, TEST_API_ALT } from '../../helpers/env.js';
import { buttonNamed, part, restoreFetch, shadow, stubFetch } from '../../helpers/account.js';
import '../../helpers/lit-warnings.js';

/**
 * The waits are the API's real ones: 5 failures per user name and address are free, then each
 * attempt from that address waits 2 s, doubling. Failures go out as 127.0.0.1, so the rest of the
 * suite (on ::1) is not slowed. The affiliate tenant asks for a challenge after 5 failures for a
 * user name from anywhere.
 */
const text = {
  en: {
    wait: /^For your security, signing in is paused\. You can try again in [12] seconds?\.$/,
    waitOver: 'You can try signing in again now.',
    checking: 'Doing a quick security check…',
    wrong: 'The user name or password is not correct. Please try again.',
  },
  es: {
    wait: /^Por su seguridad, el inicio de sesión está en pausa\. Podrá intentarlo de nuevo en [12] segundos?\.$/,
    waitOver: 'Ya puede volver a intentar iniciar sesión.',
    checking: 'Haciendo una breve verificación de seguridad…',
    wrong: 'El nombre de usuario o la contraseña no son correctos. Inténtelo de nuevo.',
  },
};

const someone = () => `wait-${Math.random().toString(36).slice(2, 10)}`;
const input = (el: CivicLogin, id: string) => shadow(el).querySelector<HTMLInputElement>(`#${id}`)!;
const notice = (el: CivicLogin) => part(el, 'notice')!.textContent!.trim();
const message = (el: CivicLogin) => part(el, 'message')!.textContent!.trim();
const submitButton = (el: CivicLogin) => shadow(el).querySelector<HTMLButtonElement>('button[type="submit"]')!;

/** Requests sent so far, counted when they leave (the record below is made when they are answered). */
let sent = 0;

interface Seen {
  path: string;
  status: number;
  retryAfter: string | null;
  challenge?: ChallengeAnswer;
}

/** Passes every request on, recording what the API answered; `hold` keeps challenge requests waiting. */
function recordRequests(hold?: Promise<void>): Seen[] {
  const seen: Seen[] = [];
  stubFetch(async (request, realFetch) => {
    const path = new URL(request.url).pathname;
    const body = request.method === 'POST' ? await request.clone().text() : '';
    if (hold && path.endsWith('/challenges')) await hold;
    sent += 1;
    const response = await realFetch(request);
    const challenge = body ? (JSON.parse(body) as { challenge?: ChallengeAnswer }).challenge : undefined;
    seen.push({ path, status: response.status, retryAfter: response.headers.get('retry-after'), challenge });
    return response;
  });
  return seen;
}

async function typeCredentials(el: CivicLogin, username: string, password: string): Promise<void> {
  input(el, 'username').focus();
  await sendKeys({ type: username });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: password });
}

const signIns = (seen: Seen[]) => seen.filter(({ path }) => path.endsWith('/sessions'));

/** Presses Enter and waits until the API answered the sign-in and the element showed it. */
async function submitWithEnter(el: CivicLogin, seen: Seen[]): Promise<void> {
  const before = signIns(seen).length;
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => signIns(seen).length > before, 'the sign-in was not answered', { timeout: 20_000 });
  // Then until the element has shown the answer: the button back, or the wait said.
  await waitUntil(() => submitButton(el).getAttribute('aria-disabled') === 'false' || notice(el) !== '', 'hung');
  await el.updateComplete;
}

describe('<civic-login> with a tenant that always asks for a challenge', () => {
  afterEach(() => restoreFetch());

  it('solves before the first attempt instead of waiting to be refused', async function () {
    this.timeout(30_000);
    // A base URL of its own, so no earlier test's cached tenant settings answer for it; the
    // settings say `always`, and the affiliate's API takes an answer at any time.
    const seen: string[] = [];
    stubFetch(async (request, realFetch) => {
      const body = request.method === 'POST' ? await request.clone().text() : '';
      const response = await realFetch(request);
      const path = new URL(request.url).pathname;
      if (request.method === 'GET' && path === `/v1/tenants/${AFFILIATE_TENANT}`) {
        return Response.json({ ...(await response.json()), challenge: 'always' });
      }
      seen.push(`${path.split('/').pop()} ${response.status}${body.includes('"challenge"') ? ' with an answer' : ''}`);
      return response;
    });
    const el = await fixture<CivicLogin>(
      html`<civic-login api=${`${TEST_API}/`} tenant=${AFFILIATE_TENANT}></civic-login>`,
    );
    await typeCredentials(el, someone(), 'my-password');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => message(el) !== '', 'the sign-in was answered', { timeout: 15_000 });
    expect(seen).to.deep.equal(['challenges 201', 'sessions 401 with an answer']);
    expect(message(el)).to.equal(text.en.wrong);
  });
});

for (const lang of ['en', 'es'] as const) {
  const t = text[lang];

  describe(`<civic-login> waits and challenges (${lang})`, () => {
    afterEach(() => restoreFetch());

    it('says in a polite region how long to wait, keeps what was typed, and lets Enter sign in when the wait ends', async function () {
      this.timeout(60_000); // several real attempts, and the API's own wait
      const el = await fixture<CivicLogin>(
        html`<civic-login api=${TEST_API_ALT} tenant=${TENANT} lang=${lang}></civic-login>`,
      );
      const seen = recordRequests();
      const username = someone();
      await typeCredentials(el, username, 'wrong-password');
      for (let attempt = 0; attempt < 7 && !notice(el); attempt++) {
        // Typed again after each failure clears the password.
        if (!input(el, 'password').value) {
          input(el, 'password').focus();
          await sendKeys({ type: 'wrong-password' });
        }
        await submitWithEnter(el, seen);
      }
      // At once, while the API's wait (at least a second) surely lasts.
      const sentBefore = sent;
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(sent, 'nothing is sent while waiting').to.equal(sentBefore);
      const refused = seen.at(-1)!;
      expect(refused.status, 'the API asked for a wait').to.equal(429);
      // Five failures start the wait; on a slow machine a sixth may arrive after a short wait ended.
      expect(seen.filter(({ status }) => status === 401)).to.have.length.of.at.least(5);
      expect(notice(el)).to.match(t.wait);
      expect(notice(el)).to.contain(refused.retryAfter === '1' ? '1 ' : `${refused.retryAfter} `);
      const region = part(el, 'notice')!;
      expect(region.getAttribute('role')).to.equal('status');
      expect(message(el), 'no error, no blame').to.equal('');
      expect(input(el, 'username').value).to.equal(username);
      expect(input(el, 'password').value).to.equal('wrong-password');
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
      await expect(el).to.be.accessible();

      await waitUntil(() => submitButton(el).getAttribute('aria-disabled') === 'false', 'the button came back', {
        timeout: 5_000,
      });
      expect(part(el, 'notice'), 'the same live region').to.equal(region);
      expect(notice(el)).to.equal(t.waitOver);
      await expect(el).to.be.accessible();

      buttonNamed(el, lang === 'en' ? 'Show password' : 'Mostrar contraseña')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(submitButton(el));
      await submitWithEnter(el, seen);
      await waitUntil(() => message(el) !== '', 'no message after the sign-in');
      expect(seen.at(-1)!.status, 'the API checked the password this time').to.equal(401);
      expect(message(el)).to.equal(t.wrong);
      expect(notice(el)).to.equal('');
    });

    it('shows that it is checking while it solves the challenge, then sends the answer the API accepts', async function () {
      this.timeout(60_000); // several real attempts, and the API's own wait
      const username = someone();
      const guessing = createBillingClient({ api: TEST_API_ALT, tenant: AFFILIATE_TENANT });
      for (let i = 0; i < 5; i++) {
        await guessing.signIn({ username, password: 'guess' }).catch((error: BillingError) => {
          expect(error.code).to.equal('invalid_credentials');
        });
      }
      const el = await fixture<CivicLogin>(
        html`<civic-login api=${TEST_API} tenant=${AFFILIATE_TENANT} lang=${lang}></civic-login>`,
      );
      let release = () => {};
      const seen = recordRequests(new Promise<void>((resolve) => (release = resolve)));
      await typeCredentials(el, username, 'my-password');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => notice(el) === t.checking, 'the checking state', { timeout: 10_000 });
      expect(part(el, 'notice')!.getAttribute('role')).to.equal('status');
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
      expect(message(el)).to.equal('');
      await expect(el).to.be.accessible();

      release();
      await waitUntil(() => message(el) !== '', 'the sign-in was answered', { timeout: 15_000 });
      const attempts = signIns(seen);
      expect(attempts.map(({ status }) => status)).to.deep.equal([403, 401]);
      expect(attempts[0]!.challenge).to.equal(undefined);
      expect(attempts[1]!.challenge?.solution).to.match(/^\d+$/);
      expect(message(el)).to.equal(t.wrong);
      expect(notice(el)).to.equal('');
      expect(input(el, 'username').value).to.equal(username);
      await expect(el).to.be.accessible();

      restoreFetch();
      const replay = await createBillingClient({ api: TEST_API, tenant: AFFILIATE_TENANT })
        .signIn({ username, password: 'my-password', challenge: attempts[1]!.challenge })
        .catch((error: BillingError) => error.code);
      expect(replay, 'the API spent the answer').to.equal('challenge_failed');
    });
  });
}
