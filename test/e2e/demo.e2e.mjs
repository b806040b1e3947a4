// The demo as a city team first sees it: the script-tag bundle loads under a strict CSP, reads its
// data-* settings and reaches the billing API, on both tenants' pages.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useDemo } from './harness.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

describe('the demo site', () => {
  const run = useDemo();

  for (const [path, tenantName] of [
    ['/', 'City of San Clemente'],
    ['/harbor/', 'Harbor District'],
  ]) {
    it(`loads the bundle and reaches the API on ${path}`, async () => {
      const page = await run.browser.newPage();
      const violations = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Trusted Type/i.test(message.text())) violations.push(message.text());
      });
      page.on('pageerror', (error) => violations.push(error.message));
      await page.goto(`${run.demo.siteUrl}${path}`);
      const status = page.locator('#civicpay-status');
      await status.getByText('connected to', { exact: false }).waitFor();
      assert.equal(await status.textContent(), `civicpay ${version} loaded and connected to ${tenantName} billing.`);
      assert.equal(await page.evaluate(() => window.CivicPay.version), version);
      // The page's widgets arrive; an element the page does not show is never loaded.
      assert.equal(await page.evaluate(() => customElements.whenDefined('civic-guest-pay').then(() => true)), true);
      assert.equal(await page.evaluate(() => customElements.get('civic-provider')), undefined);
      assert.deepEqual(violations, []);
      await page.close();
    });
  }

  it('gives the Spanish page its status, cookie banner and guest pay in Spanish, marked as Spanish', async () => {
    const page = await run.browser.newPage();
    const violations = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Trusted Type/i.test(message.text())) violations.push(message.text());
    });
    page.on('pageerror', (error) => violations.push(error.message));
    await page.goto(`${run.demo.siteUrl}/es/`);
    const status = page.locator('#civicpay-status');
    await status.getByText('conectado con', { exact: false }).waitFor();
    assert.equal(
      await status.textContent(),
      `civicpay ${version} cargado y conectado con la facturación de City of San Clemente.`,
    );
    assert.equal(await status.evaluate((element) => element.closest('[lang]').getAttribute('lang')), 'es');
    await page.locator('civic-consent-banner').getByRole('button', { name: 'Rechazar todas' }).waitFor();
    await page.locator('civic-guest-pay').getByRole('button', { name: 'Buscar mi factura' }).waitFor();
    assert.deepEqual(violations, []);
    await page.close();
  });

  it('serves the loader file and every chunk a page loads with the SRI hashes in integrity.json', async () => {
    const integrity = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
    const page = await run.browser.newPage();
    const scripts = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/dist/') && path.endsWith('.js')) scripts.push(path.slice('/dist/'.length));
    });
    await page.goto(`${run.demo.siteUrl}/`);
    await page.locator('civic-guest-pay').getByRole('button', { name: 'Find my bill' }).waitFor();
    const loaded = [...new Set(scripts)];
    assert.ok(loaded.length > 3, `the page loaded its chunks: ${loaded.join(', ')}`);
    for (const file of loaded) {
      const hash = await page.evaluate(async (url) => {
        const bytes = await (await fetch(url)).arrayBuffer();
        const digest = await crypto.subtle.digest('SHA-384', bytes);
        return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
      }, `/dist/${file}`);
      assert.equal(hash, integrity[file], file);
    }
    await page.close();
  });
});
