// The script tag's loader as a city's pages meet it: each page fetches only the files its
// elements need, in its own language, every one checked against its hash, under the demo's strict
// Content-Security-Policy with Trusted Types; a tampered, slow or late chunk, and a page that
// gets the loader wrong, each get a clear answer.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useDemo } from './harness.mjs';
import { filesOf } from '../../scripts/size.mjs';

const manifest = () => JSON.parse(readFileSync('dist/loader-manifest.json', 'utf8'));

/** A fresh page that records every script it requests from dist/, and every CSP or Trusted Types complaint. */
async function watchedPage(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = [];
  const problems = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/dist/') && path.endsWith('.js')) scripts.push(path.slice('/dist/'.length));
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Trusted Type|integrity/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { context, page, scripts, problems };
}

const banner = (page) => page.locator('civic-consent-banner [part="banner"]');

describe('the script-tag loader on the demo site', () => {
  const run = useDemo();

  it('gives a page with only the banner the loader file and the banner strings in its language, nothing else', async () => {
    const { context, page, scripts, problems } = await watchedPage(run.browser);
    await page.goto(`${run.demo.siteUrl}/consent-only.html`);
    await banner(page).getByRole('button', { name: 'Accept all' }).waitFor();
    await page.waitForTimeout(500);
    assert.deepEqual(scripts.sort(), filesOf([], manifest()).sort());
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('loads the Spanish page in Spanish only and the English page in English only', async () => {
    for (const [path, shown, other] of [
      ['/es/', 'es', 'en'],
      ['/', 'en', 'es'],
    ]) {
      const { context, page, scripts, problems } = await watchedPage(run.browser);
      await page.goto(`${run.demo.siteUrl}${path}`);
      const find = shown === 'es' ? 'Buscar mi factura' : 'Find my bill';
      await page.locator('civic-guest-pay').getByRole('button', { name: find }).waitFor();
      await page.locator('civic-login').getByRole('button').first().waitFor();
      assert.ok(
        scripts.some((file) => file.startsWith(`chunks/strings-${shown}-pay-`)),
        `${path}: ${scripts.join(', ')}`,
      );
      assert.deepEqual(
        scripts.filter((file) => file.startsWith(`chunks/strings-${other}-`)),
        [],
        `${path} loaded no ${other} strings`,
      );
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  it('signs a resident in on the account widgets, all loaded on demand', async () => {
    const { context, page, problems } = await watchedPage(run.browser);
    await page.goto(`${run.demo.siteUrl}/`);
    const login = page.locator('civic-login');
    await login.getByLabel('User name').fill('resident');
    await login.getByLabel('Password', { exact: true }).fill('civicpay-demo-1');
    await login.getByRole('button', { name: 'Sign in' }).click();
    await login.getByText('Signed in as Alex Rivera', { exact: true }).waitFor();
    await page.locator('civic-balance').getByText('$62.40').first().waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('refuses a chunk whose bytes changed: it never runs, and the widget says so, with Try again', async () => {
    const { context, page } = await watchedPage(run.browser);
    await page.route('**/dist/chunks/civic-guest-pay-*.js', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `${await response.text()}\nwindow.tamperedChunkRan = true;` });
    });
    await page.addInitScript(() => {
      window.civicErrors = [];
      document.addEventListener('civic-error', (event) =>
        window.civicErrors.push({ code: event.code, file: event.file, reason: event.reason }),
      );
    });
    await page.goto(`${run.demo.siteUrl}/`);
    const pay = page.locator('civic-guest-pay');
    await pay.getByRole('alert').getByText('could not load', { exact: false }).waitFor();
    await pay.getByRole('button', { name: 'Try again' }).waitFor();
    assert.equal(await page.evaluate(() => window.tamperedChunkRan), undefined);
    assert.equal(await page.evaluate(() => customElements.get('civic-guest-pay')), undefined);
    const [error] = await page.evaluate(() => window.civicErrors);
    assert.equal(error.code, 'code_unavailable');
    assert.match(error.file, /^chunks\/civic-guest-pay-.+\.js$/);
    assert.equal(error.reason, 'integrity');
    // The rest of the page is unharmed.
    await page.locator('civic-login').getByRole('button', { name: 'Sign in' }).waitFor();

    await page.unroute('**/dist/chunks/civic-guest-pay-*.js');
    await pay.getByRole('button', { name: 'Try again' }).press('Enter');
    await pay.getByRole('button', { name: 'Find my bill' }).waitFor();
    await context.close();
  });

  it('shows the loading message while a slow chunk is on its way, not an empty box', async () => {
    const { context, page } = await watchedPage(run.browser);
    let release;
    const released = new Promise((resolve) => (release = resolve));
    await page.route('**/dist/chunks/civic-guest-pay-*.js', async (route) => {
      await released;
      await route.continue();
    });
    // The load event waits for the held chunk.
    await page.goto(`${run.demo.siteUrl}/`, { waitUntil: 'domcontentloaded' });
    const pay = page.locator('civic-guest-pay');
    await pay.getByRole('status').getByText('Loading…').waitFor();
    const box = await pay.boundingBox();
    assert.ok(box.height > 10, `the loading message takes room: ${box.height}px`);
    release();
    await pay.getByRole('button', { name: 'Find my bill' }).waitFor();
    // The element's own "Loading…" for its city settings may still show a moment after the form;
    // neither it nor the loader's placeholder may stay.
    await pay.getByText('Loading…').waitFor({ state: 'hidden', timeout: 10_000 });
    await context.close();
  });

  it('upgrades a tag added after the page loaded, and CivicPay.load() fetches code before its tag appears', async () => {
    const { context, page, scripts } = await watchedPage(run.browser);
    await page.goto(`${run.demo.siteUrl}/consent-only.html`);
    await banner(page).waitFor();
    await page.evaluate(() => window.CivicPay.load('guest-pay'));
    assert.ok(scripts.some((file) => file.startsWith('chunks/civic-guest-pay-')));
    assert.equal(await page.evaluate(() => customElements.get('civic-guest-pay') !== undefined), true);
    await page.evaluate(() => {
      const login = document.createElement('civic-login');
      login.setAttribute('api', 'http://localhost:8787');
      login.setAttribute('tenant', 'san-clemente');
      document.querySelector('main').append(login);
    });
    await page.locator('civic-login').getByRole('button', { name: 'Sign in' }).waitFor();
    await context.close();
  });

  it('starts the download a data-preload names, and warns about a second copy, a misspelt tag and a tag defined by the page', async () => {
    const { context, page, scripts } = await watchedPage(run.browser);
    const warnings = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await page.route('**/consent-only.html', async (route) => {
      const response = await route.fetch();
      const html = (await response.text())
        .replace(
          '<script\n      src="/dist/civicpay.min.js"',
          '<script\n      data-preload="guest-pay"\n      src="/dist/civicpay.min.js"',
        )
        .replace('</head>', '<script src="/dist/civicpay.min.js" defer></script></head>')
        .replace('<main id="main">', '<main id="main"><civic-logn></civic-logn>');
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${run.demo.siteUrl}/consent-only.html`);
    await banner(page).waitFor();
    await page.waitForFunction(() => customElements.get('civic-guest-pay') !== undefined);
    assert.ok(scripts.some((file) => file.startsWith('chunks/civic-guest-pay-')));
    assert.ok(
      warnings.some((text) => /includes civicpay twice/.test(text)),
      warnings.join('\n'),
    );
    assert.ok(
      warnings.some((text) => /<civic-logn> is not a civicpay element/.test(text)),
      warnings.join('\n'),
    );

    await page.evaluate(() => {
      customElements.define('civic-activity', class extends HTMLElement {});
      document.querySelector('main').append(document.createElement('civic-activity'));
    });
    await page.waitForFunction(() => document.querySelector('civic-activity'));
    await page.waitForTimeout(200);
    assert.ok(
      warnings.some((text) => /<civic-activity> was defined before civicpay's loader/.test(text)),
      warnings.join('\n'),
    );
    await context.close();
  });
});
