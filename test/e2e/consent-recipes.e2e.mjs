// The recipes in docs/consent.md, run as a city pastes them: GA4 with Consent Mode v2, a Meta
// pixel, Google Translate and a YouTube embed, in the ordinary form (inline snippets, no CSP) and
// the strict form (the tools' own code in files, strict CSP with Trusted Types), against local
// stand-ins for the vendors' files. What ran, when, and which cookies went on withdrawal.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser } from './harness.mjs';
import { startRecipeServer } from './recipe-server.mjs';

const banner = (page) => page.locator('civic-consent-banner [part="banner"]');
const toolCookies = ['_ga', '_ga_XXXXXXX', '_fbp', 'googtrans'];
const allRan = [
  'gtag.js loaded',
  'gtag consent default analytics_storage=denied',
  'gtag consent update analytics_storage=granted',
  'gtag config G-XXXXXXX analytics_storage=granted',
  'fbevents.js loaded',
  'fbq init 123456789012345',
  'fbq track PageView',
  'element.js loaded',
  'translate element en',
];

describe('consent recipes', () => {
  let server;
  let browser;
  before(async () => {
    server = await startRecipeServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A fresh page that keeps its console warnings and errors, and the vendor requests from now on. */
  async function openPage(path) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = [];
    page.on('console', (message) => ['warning', 'error'].includes(message.type()) && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    const from = server.requests.length;
    const vendorRequests = () =>
      server.requests
        .slice(from)
        .filter(({ host }) => host === '127.0.0.1')
        .map(({ path: requested }) => requested);
    await page.goto(`${server.siteUrl}${path}`);
    await banner(page).waitFor();
    return { context, page, problems, vendorRequests };
  }

  const cookieNames = async (context) => (await context.cookies()).map(({ name }) => name).sort();
  const vendorLog = (page) => page.evaluate(() => window.vendorLog);
  const sorted = (list) => [...list].sort();

  for (const form of ['ordinary', 'strict']) {
    it(`${form} form: nothing of the four tools runs before consent; Accept all runs each once, in the page's order`, async () => {
      const { context, page, problems, vendorRequests } = await openPage(`/${form}.html`);
      await page.waitForTimeout(300);
      assert.equal(await vendorLog(page), undefined, 'no vendor code ran');
      assert.deepEqual(vendorRequests(), [], 'nothing was asked of a vendor');
      assert.equal(await page.locator('iframe').getAttribute('src'), null);
      assert.deepEqual(await cookieNames(context), []);
      // Consent Mode's defaults were queued before any Google tag could read them.
      assert.deepEqual(await page.evaluate(() => window.dataLayer.map((entry) => [...entry].slice(0, 2).join(' '))), [
        'consent default',
      ]);

      await banner(page).getByRole('button', { name: 'Accept all' }).click();
      await page.waitForFunction(() => window.vendorLog?.includes('translate element en'));
      await page.locator('#google_translate_element select').waitFor();
      await page.frameLocator('iframe').getByText('City council meeting video').waitFor();
      await page.waitForTimeout(200);

      const log = await vendorLog(page);
      // Each tool's own lines in order; across tools, the page's order where one depends on another.
      assert.deepEqual(sorted(log), sorted(allRan));
      assert.deepEqual(
        log.filter((line) => line.startsWith('gtag')),
        allRan.filter((line) => line.startsWith('gtag')),
      );
      assert.deepEqual(
        log.filter((line) => line.startsWith('fb')),
        allRan.filter((line) => line.startsWith('fb')),
      );
      assert.deepEqual(
        log.filter((line) => /translate|element/.test(line)),
        ['element.js loaded', 'translate element en'],
      );
      assert.deepEqual(sorted(vendorRequests()), [
        '/vendor/facebook-connect/en_US/fbevents.js',
        '/vendor/facebook/tr?id=123456789012345&ev=PageView',
        '/vendor/googletagmanager/gtag/js?id=G-XXXXXXX',
        '/vendor/translate/translate_a/element.js?cb=googleTranslateElementInit',
        '/vendor/youtube/embed/VIDEO_ID',
      ]);
      assert.deepEqual(await cookieNames(context), ['_fbp', '_ga', '_ga_XXXXXXX', 'civic_consent']);

      // Consent given again changes nothing: each ran once in this page view.
      await page.evaluate(() => window.CivicPay.consent.acceptAll());
      await page.waitForTimeout(200);
      assert.equal((await vendorLog(page)).length, allRan.length);
      assert.deepEqual(problems, [], 'no warning, error, CSP or Trusted Types complaint');
      await context.close();
    });

    it(`${form} form: withdrawal deletes the cookies the tools set, tells Consent Mode, and after a reload nothing runs`, async () => {
      const { context, page, problems, vendorRequests } = await openPage(`/${form}.html`);
      await banner(page).getByRole('button', { name: 'Accept all' }).click();
      await page.locator('#google_translate_element select').selectOption('es');
      await page.evaluate(() => (document.cookie = 'city_lang=es; path=/'));
      assert.deepEqual(
        (await cookieNames(context)).filter((name) => toolCookies.includes(name)),
        sorted(toolCookies),
      );

      const reloadRecommended = await page.evaluate(
        () =>
          new Promise((done) => {
            window.CivicPay.consent.onChange((change) => done(change.reloadRecommended));
            window.CivicPay.consent.rejectAll();
          }),
      );
      assert.equal(reloadRecommended, true, 'the tools already ran: a reload stops them');
      assert.deepEqual(await cookieNames(context), ['city_lang', 'civic_consent']);
      assert.equal((await vendorLog(page)).at(-1), 'gtag consent update analytics_storage=denied');

      const before = vendorRequests().length;
      await page.reload();
      await banner(page)
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
      await page.waitForTimeout(300);
      assert.equal(await vendorLog(page), undefined);
      assert.deepEqual(vendorRequests().slice(before), []);
      assert.equal(await page.locator('iframe').getAttribute('src'), null);
      assert.deepEqual(await cookieNames(context), ['city_lang', 'civic_consent']);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('runs a gated inline block only once the browser has read all of it, on a page that arrives slowly', async () => {
    const context = await browser.newContext();
    const choice = {
      v: 1,
      rev: '2017-12-08',
      id: '00000000-0000-4000-8000-000000000000',
      ts: new Date().toISOString(),
      cat: { necessary: true, functional: false, analytics: true, marketing: false },
      src: 'banner',
    };
    await context.addCookies([
      { name: 'civic_consent', value: encodeURIComponent(JSON.stringify(choice)), url: server.siteUrl },
    ]);
    const page = await context.newPage();
    await page.goto(`${server.siteUrl}/streamed.html`);
    await page.waitForFunction(() => window.streamedParts?.length === 2, undefined, { timeout: 5000 });
    assert.deepEqual(await page.evaluate(() => window.streamedParts), ['first', 'second']);
    await context.close();
  });

  it('strict form, pasted the ordinary way: the inline snippet is refused and named, and the consent check lists it and the ungated pixel', async () => {
    const { context, page, problems } = await openPage('/strict-check.html?civicpay-audit');
    const check = page.locator('[data-civicpay-audit]');
    await check.getByRole('heading', { name: 'Consent check' }).waitFor();
    const pixelRow = check.getByRole('row').filter({ hasText: '/vendor/facebook/tr' });
    await pixelRow.getByText(`Loads from another site: ${server.vendorOrigin}.`).waitFor();
    await check
      .getByRole('row')
      .filter({ hasText: '#pasted-snippet' })
      .getByText('Waiting for consent to: marketing.')
      .waitFor();

    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await page.waitForFunction(() => window.vendorLog?.includes('gtag config G-XXXXXXX analytics_storage=granted'));
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => window.pastedSnippetRan), undefined);
    assert.ok(
      problems.includes(
        "civicpay: gated script #pasted-snippet (marketing) did not run: the page's Content-Security-Policy directive script-src-elem stopped it.",
      ),
      problems.join('\n'),
    );

    await check.getByRole('button', { name: 'Check again' }).click();
    await check
      .getByRole('row')
      .filter({ hasText: '#pasted-snippet' })
      .getByText("The page's Content-Security-Policy (script-src-elem) stopped it.")
      .waitFor();
    const gaRow = check.getByRole('row').filter({ hasText: '/js/ga4-setup.js' });
    assert.deepEqual(
      await gaRow
        .getByRole('cell')
        .allTextContents()
        .then((cells) => cells.slice(1, 3)),
      ['analytics', 'Yes'],
    );
    await context.close();
  });
});
