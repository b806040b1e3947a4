import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/activity.js';
import type { CivicActivity } from '../../../src/elements/activity/activity.js';
import { accountSelectionFor } from '../../../src/core/account-selection.js';
import { deepActiveElement } from '../../../src/core/focus.js';
import type { ActivityItem } from '../../../src/api/schemas.js';
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

const rows = (el: CivicActivity) => [...shadow(el).querySelectorAll<HTMLElement>('li[part="row"]:not([aria-hidden])')];
const dates = (el: CivicActivity) => rows(el).map((row) => row.querySelector('time')!.getAttribute('datetime')!);
const loaded = (el: CivicActivity) =>
  waitUntil(() => rows(el).length > 0 || part(el, 'empty') || part(el, 'error'), 'activity did not load', {
    timeout: 10_000,
  });

async function activityFor(accountId: string, lang = 'en') {
  await signInResident();
  accountSelectionFor(billing()).select(accountId);
  const el = await fixture<CivicActivity>(
    html`<civic-activity api=${TEST_API} tenant=${TENANT} lang=${lang}></civic-activity>`,
  );
  await loaded(el);
  return el;
}

async function showMore(el: CivicActivity) {
  const count = rows(el).length;
  buttonNamed(el, 'Show more')!.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => rows(el).length > count || part(el, 'error'), 'Show more did nothing', { timeout: 10_000 });
}

const item = (n: number, extra: Partial<ActivityItem> = {}): ActivityItem => ({
  id: `row-${n}`,
  type: 'bill',
  date: new Date(Date.UTC(2026, 0, 1) - n * 86_400_000).toISOString().slice(0, 10),
  description: `Bill ${n}`,
  amountCents: 1000 + n,
  ...extra,
});

describe('<civic-activity>', () => {
  afterEach(async () => {
    restoreFetch();
    await signOutEverywhere();
  });

  it('asks the resident to sign in when nobody is signed in', async () => {
    const el = await fixture<CivicActivity>(html`<civic-activity api=${TEST_API} tenant=${TENANT}></civic-activity>`);
    expect(part(el, 'signed-out')!.textContent).to.equal('Sign in to see your account.');
    await expect(el).to.be.accessible();
  });

  for (const accountId of ['acct-sc-0301', 'acct-sc-0302']) {
    it(`pages through all activity of ${accountId}, newest first, with the keyboard`, async () => {
      const el = await activityFor(accountId);
      expect(rows(el)).to.have.length(10);
      expect(part(el, 'status')!.textContent).to.equal('10 items shown.');
      await expect(el).to.be.accessible();

      await showMore(el);
      expect(rows(el)).to.have.length(20);
      expect(deepActiveElement()).to.equal(rows(el)[10]);
      expect(part(el, 'status')!.textContent).to.equal('10 more items shown, 20 in all.');
      await showMore(el);
      expect(rows(el)).to.have.length(30);
      expect(buttonNamed(el, 'Show more')).to.equal(undefined);
      expect(textOf(el)).to.contain('That is all the activity on this account.');

      const shown = dates(el);
      expect(shown).to.deep.equal([...shown].sort().reverse());
      const text = textOf(el);
      for (const type of ['Bill', 'Payment', 'Adjustment']) expect(text).to.contain(type);
      expect(text).to.match(/-\$\d+\.\d\d/);
      await expect(el).to.be.accessible();
    });
  }

  it('follows the account chosen elsewhere on the page', async () => {
    const el = await activityFor('acct-sc-0301');
    const first = dates(el)[0];
    accountSelectionFor(billing()).select('acct-sc-0302');
    await waitUntil(() => rows(el).length === 10 && dates(el)[0] !== first, 'activity did not follow the choice');
    accountSelectionFor(billing()).select(undefined);
    await el.updateComplete;
    expect(part(el, 'no-account')!.textContent).to.equal('Choose an account to see its activity.');
    await expect(el).to.be.accessible();
  });

  it('keeps its height with placeholder rows while loading', async () => {
    await signInResident();
    let release: () => void = () => {};
    stubFetch(async (request, realFetch) => {
      if (isPath(request, 'get', /\/activity$/)) await new Promise<void>((resolve) => (release = resolve));
      return realFetch(request);
    });
    accountSelectionFor(billing()).select('acct-sc-0301');
    const el = await fixture<CivicActivity>(html`<civic-activity api=${TEST_API} tenant=${TENANT}></civic-activity>`);
    await waitUntil(() => shadow(el).querySelector('[aria-busy="true"]'));
    const loadingHeight = part(el, 'base')!.getBoundingClientRect().height;
    expect(shadow(el).querySelectorAll('li[aria-hidden="true"]')).to.have.length(5);
    await expect(el).to.be.accessible();
    release();
    await loaded(el);
    expect(part(el, 'base')!.getBoundingClientRect().height).to.be.at.least(loadingHeight);
  });

  it('speaks Spanish', async () => {
    const el = await activityFor('acct-sc-0302', 'es');
    const text = textOf(el);
    expect(text).to.contain('Movimientos de la cuenta');
    expect(text).to.match(/Factura|Pago/);
    expect(buttonNamed(el, 'Mostrar más')).to.exist;
    await expect(el).to.be.accessible();
  });

  describe('with hostile or failing responses', () => {
    function serve(pages: Record<string, unknown>) {
      stubFetch((request, realFetch) => {
        if (!isPath(request, 'get', /\/activity$/)) return realFetch(request);
        const cursor = new URL(request.url).searchParams.get('cursor') ?? 'first';
        const page = pages[cursor];
        return page instanceof Response ? page : json(page);
      });
    }

    it('shows an empty state', async () => {
      await signInResident();
      serve({ first: { items: [], nextCursor: null } });
      const el = await activityFor('acct-sc-0301');
      expect(part(el, 'empty')!.textContent).to.equal('There is no activity on this account yet.');
      await expect(el).to.be.accessible();
    });

    it('renders a page of 10,000 rows ten at a time', async () => {
      await signInResident();
      serve({ first: { items: Array.from({ length: 10_000 }, (_, n) => item(n)), nextCursor: null } });
      const el = await activityFor('acct-sc-0301');
      expect(rows(el)).to.have.length(10);
      await showMore(el);
      expect(rows(el)).to.have.length(20);
      expect(rows(el)[19]!.textContent).to.contain('Bill 19');
    });

    it('renders markup in descriptions as text and sorts a shuffled page newest first', async () => {
      await signInResident();
      const hostile = item(5, { description: '<img src=x onerror="window.pwned=1">Fee' });
      serve({ first: { items: [item(3), hostile, item(1)], nextCursor: null } });
      const el = await activityFor('acct-sc-0301');
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect(textOf(el)).to.contain('<img src=x onerror="window.pwned=1">Fee');
      expect(rows(el).map((row) => row.querySelector('.description')!.textContent)).to.deep.equal([
        'Bill 1',
        'Bill 3',
        '<img src=x onerror="window.pwned=1">Fee',
      ]);
    });

    it('explains a page of the wrong shape', async () => {
      await signInResident();
      serve({ first: { items: [{ id: 1, type: 'refund' }], nextCursor: null } });
      const el = await activityFor('acct-sc-0301');
      expect(part(el, 'error')!.textContent).to.contain('The billing service sent an answer we could not read.');
      await expect(el).to.be.accessible();
    });

    it('announces a load failure through a live region that was there, empty, from the start', async () => {
      await signInResident();
      // Held until the test has looked at the loading state; the client's retries then fail at once.
      let release: () => void = () => {};
      const opened = new Promise<void>((resolve) => (release = resolve));
      stubFetch(async (request, realFetch) => {
        if (!isPath(request, 'get', /\/activity$/)) return realFetch(request);
        await opened;
        return json({ type: 'about:blank', title: 'Down', status: 503, code: 'server_error' }, 503);
      });
      accountSelectionFor(billing()).select('acct-sc-0301');
      const el = await fixture<CivicActivity>(
        html`<civic-activity api=${TEST_API} tenant=${TENANT} lang="es"></civic-activity>`,
      );
      await waitUntil(() => shadow(el).querySelector('[aria-busy="true"]'));
      const region = part(el, 'alert')!;
      expect(region.getAttribute('role')).to.equal('alert');
      expect(region.textContent).to.equal('');
      release();
      await loaded(el);
      const message = 'El servicio de facturación tuvo un problema. Inténtelo de nuevo en unos minutos.';
      await expectAnnouncedLoadError(el, region, message);
    });

    it('keeps the rows shown when the next page fails, and tries again', async () => {
      await signInResident();
      const down = json({ type: 'about:blank', title: 'Down', status: 500, code: 'server_error' }, 500);
      serve({ first: { items: Array.from({ length: 10 }, (_, n) => item(n)), nextCursor: 'page-2' }, 'page-2': down });
      const el = await activityFor('acct-sc-0301');
      await showMore(el);
      expect(rows(el)).to.have.length(10);
      expect(part(el, 'error')!.textContent).to.contain('The billing service had a problem.');
      expect(part(el, 'alert')!.textContent).to.equal(
        'The billing service had a problem. Please try again in a few minutes.',
      );
      await expect(el).to.be.accessible();

      restoreFetch();
      serve({ 'page-2': { items: [item(20)], nextCursor: null } });
      buttonNamed(el, 'Try again')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => rows(el).length === 11, 'Try again did not load the next page');
      await el.updateComplete;
      expect(deepActiveElement(), 'focus moves to the first new row').to.equal(rows(el)[10]);
      expect(part(el, 'error')).to.equal(null);
      expect(part(el, 'alert')!.textContent).to.equal('');
    });
  });
});
