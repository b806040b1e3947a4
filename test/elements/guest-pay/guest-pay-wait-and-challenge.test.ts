import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../helpers/lit-warnings.js';
import '../../../src/define/guest-pay.js';
import type { CivicGuestPay } from '../../../src/elements/guest-pay/guest-pay.js';
import { createBillingClient } from '../../../src/api/client.js';
import type { BillingError } from '../../../src/api/errors.js';
import type { ChallengeAnswer } from '../../../src/api/schemas.js';
import { deepActiveElement } from '../../../src/core/focus.js';
import { AFFILIATE_TENANT, TENANT, TEST_API, TEST_API_ALT } from '../../helpers/env.js';
import { GuestPayDriver } from './guest-pay-driver.js';

/**
 * The API's real waits: 5 failed lookups per number and address are free, then each lookup of
 * that number from that address waits 2 s, doubling. The failing lookups go out as 127.0.0.1, so
 * the rest of the suite (on ::1) is not slowed. The affiliate asks for a challenge once a number
 * has 5 failures from anywhere.
 */
const text = {
  en: {
    findBill: 'Find my bill',
    amountStep: 'Amount',
    wait: /^For your security, finding bills is paused\. You can try again in [12] seconds?\.$/,
    waitOver: 'You can try finding your bill again now.',
    checking: 'Doing a quick security check…',
    notFound: 'We could not find a bill with that number and ZIP code. Check both against your bill and try again.',
  },
  es: {
    findBill: 'Buscar mi factura',
    amountStep: 'Monto',
    wait: /^Por su seguridad, la búsqueda de facturas está en pausa\. Podrá intentarlo de nuevo en [12] segundos?\.$/,
    waitOver: 'Ya puede volver a intentar buscar su factura.',
    checking: 'Haciendo una breve verificación de seguridad…',
    notFound:
      'No encontramos una factura con ese número y código postal. Compare ambos con su factura e inténtelo de nuevo.',
  },
};

const HARBOR_ACCOUNT = { kind: 'account', accountNumber: '618273049', zip: '92672' } as const;
const realFetch = window.fetch;
/** Lookups sent so far, counted when they leave (the record below is made when they are answered). */
let sent = 0;

interface Seen {
  status: number;
  challenge?: ChallengeAnswer;
}

/** Passes every lookup on, recording what the API answered; `hold` keeps challenge requests waiting. */
function recordLookups(hold?: Promise<void>): Seen[] {
  const seen: Seen[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const path = new URL(request.url).pathname;
    if (hold && path.endsWith('/challenges')) await hold;
    if (!path.endsWith('/lookups')) return realFetch(request);
    const body = JSON.parse(await request.clone().text()) as { challenge?: ChallengeAnswer };
    sent += 1;
    const response = await realFetch(request);
    seen.push({ status: response.status, challenge: body.challenge });
    return response;
  };
  return seen;
}

async function mount(api: string, tenant: string, lang: string): Promise<GuestPayDriver> {
  const el = await fixture<CivicGuestPay>(
    html`<civic-guest-pay api=${api} tenant=${tenant} lang=${lang}></civic-guest-pay>`,
  );
  const driver = new GuestPayDriver(el);
  await driver.idle();
  return driver;
}

const findButton = (pay: GuestPayDriver, label: string) => pay.button(label);

/** Presses Enter in the ZIP field and waits until the API answered the lookup. */
async function enterInZip(pay: GuestPayDriver, seen: Seen[]): Promise<void> {
  const before = seen.length;
  pay.input('zip').focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => seen.length > before, 'the lookup was not answered', { timeout: 15_000 });
  // Then until the element has shown the answer: not busy (its busy texts end in "…").
  await waitUntil(() => !pay.status.endsWith('…'), 'the element stayed busy');
  await pay.el.updateComplete;
}

let harborNumberGuessed: Promise<void> | undefined;

/** Five wrong ZIPs for the affiliate's demo account, from the other address: from now on it asks for a challenge. */
function guessHarborNumber(): Promise<void> {
  harborNumberGuessed ??= (async () => {
    const guessing = createBillingClient({ api: TEST_API_ALT, tenant: AFFILIATE_TENANT });
    for (let i = 0; i < 5; i++) {
      const code = await guessing
        .createLookup({ ...HARBOR_ACCOUNT, zip: '00000' })
        .catch((error: BillingError) => error.code);
      expect(code).to.equal('lookup_failed');
    }
  })();
  return harborNumberGuessed;
}

describe('<civic-guest-pay> with a tenant that always asks for a challenge', () => {
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('solves before the first lookup instead of waiting to be refused', async function () {
    this.timeout(30_000);
    // A base URL of its own, so no earlier test's cached tenant settings answer for it; the
    // settings say `always`, and the affiliate's API takes an answer at any time.
    const seen: string[] = [];
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(input, init);
      const body = request.method === 'POST' ? await request.clone().text() : '';
      const response = await realFetch(request);
      const path = new URL(request.url).pathname;
      if (request.method === 'GET' && path === `/v1/tenants/${AFFILIATE_TENANT}`) {
        return Response.json({ ...(await response.json()), challenge: 'always' });
      }
      seen.push(`${path.split('/').pop()} ${response.status}${body.includes('"challenge"') ? ' with an answer' : ''}`);
      return response;
    };
    const pay = await mount(`${TEST_API}/`, AFFILIATE_TENANT, 'en');
    await pay.type('number', HARBOR_ACCOUNT.accountNumber);
    await pay.type('zip', HARBOR_ACCOUNT.zip);
    pay.input('zip').focus();
    await sendKeys({ press: 'Enter' });
    await pay.untilStep(text.en.amountStep);
    expect(seen).to.deep.equal(['challenges 201', 'lookups 201 with an answer']);
  });
});

for (const lang of ['en', 'es'] as const) {
  const t = text[lang];

  describe(`<civic-guest-pay> finding a bill: waits and challenges (${lang})`, () => {
    afterEach(() => {
      window.fetch = realFetch;
    });

    it('says in the polite status how long to wait, keeps what was typed, and lets Enter search again after', async function () {
      this.timeout(30_000); // several real attempts, and the API's own wait
      const pay = await mount(TEST_API_ALT, TENANT, lang);
      const seen = recordLookups();
      const number = `1${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
      await pay.type('number', number);
      await pay.type('zip', '92672');
      for (let attempt = 0; attempt < 7 && seen.at(-1)?.status !== 429; attempt++) await enterInZip(pay, seen);

      expect(seen.map(({ status }) => status)).to.deep.equal([404, 404, 404, 404, 404, 429]);
      // At once, while the API's wait (at least a second) surely lasts.
      const sentBefore = sent;
      pay.input('zip').focus();
      await sendKeys({ press: 'Enter' });
      await pay.el.updateComplete;
      expect(sent, 'nothing is sent while waiting').to.equal(sentBefore);
      expect(pay.status).to.match(t.wait);
      const region = pay.root.querySelector('[part="status"]')!;
      expect(region.getAttribute('role')).to.equal('status');
      expect(pay.message, 'no error, no blame').to.equal('');
      expect(pay.input('number').value).to.equal(number);
      expect(pay.input('zip').value).to.equal('92672');
      const find = findButton(pay, t.findBill);
      expect(find.getAttribute('aria-disabled')).to.equal('true');
      await expect(pay.el).to.be.accessible();

      await waitUntil(() => find.getAttribute('aria-disabled') === 'false', 'the button came back', { timeout: 5_000 });
      expect(pay.root.querySelector('[part="status"]'), 'the same live region').to.equal(region);
      expect(pay.status).to.equal(t.waitOver);
      await expect(pay.el).to.be.accessible();

      pay.input('zip').focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(find);
      const before = seen.length;
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => seen.length > before, 'the lookup after the wait was not answered', { timeout: 10_000 });
      await waitUntil(() => pay.message !== '', 'no message after the lookup');
      expect(seen.at(-1)!.status, 'the API looked the number up this time').to.equal(404);
      expect(pay.message).to.equal(t.notFound);
    });

    it('shows that it is checking while it solves the challenge, then finds the bill with the answer', async function () {
      this.timeout(30_000); // several real attempts, and the API's own wait
      await guessHarborNumber();
      const pay = await mount(TEST_API, AFFILIATE_TENANT, lang);
      let release = () => {};
      const seen = recordLookups(new Promise<void>((resolve) => (release = resolve)));
      await pay.type('number', HARBOR_ACCOUNT.accountNumber);
      await pay.type('zip', HARBOR_ACCOUNT.zip);
      pay.input('zip').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => pay.status === t.checking, 'the checking state', { timeout: 10_000 });
      expect(findButton(pay, t.findBill).getAttribute('aria-disabled')).to.equal('true');
      expect(pay.message).to.equal('');
      await expect(pay.el).to.be.accessible();

      release();
      await pay.untilStep(t.amountStep);
      expect(seen.map(({ status }) => status)).to.deep.equal([403, 201]);
      expect(seen[0]!.challenge).to.equal(undefined);
      expect(seen[1]!.challenge?.solution).to.match(/^\d+$/);
      expect(Object.values(pay.summary()).join(' ')).to.contain('120');

      window.fetch = realFetch;
      const replay = await createBillingClient({ api: TEST_API, tenant: AFFILIATE_TENANT })
        .createLookup({ ...HARBOR_ACCOUNT, challenge: seen[1]!.challenge })
        .catch((error: BillingError) => error.code);
      expect(replay, 'the API spent the answer').to.equal('challenge_failed');
    });
  });
}
