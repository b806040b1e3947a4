// The cookie banner as a resident meets it on the demo pages: first visit, Reject all, return
// visits, a new notice revision, Global Privacy Control, and a page that never shifts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useDemo } from './harness.mjs';

const banner = (page) => page.locator('civic-consent-banner [part="banner"]');

async function consentCookie(context) {
  const cookie = (await context.cookies()).find(({ name }) => name === 'civic_consent');
  return cookie && { ...cookie, value: JSON.parse(decodeURIComponent(cookie.value)) };
}

describe('consent on the demo site', () => {
  const run = useDemo();

  it('asks on the first visit; Reject all keeps the gated script from ever running and is remembered', async () => {
    const context = await run.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${run.demo.siteUrl}/`);
    await banner(page).waitFor();
    assert.match(await banner(page).textContent(), /Last Updated: December 8, 2017/);

    await banner(page).getByRole('button', { name: 'Reject all' }).click();
    await banner(page).waitFor({ state: 'detached' });
    const cookie = await consentCookie(context);
    assert.deepEqual(cookie.value.cat, { necessary: true, functional: false, analytics: false, marketing: false });
    assert.equal(cookie.value.src, 'banner');
    const tenant = await (await fetch(`${run.demo.apiUrl}/v1/tenants/san-clemente`)).json();
    assert.equal(cookie.value.rev, tenant.privacyNotice.revision);
    assert.equal(cookie.sameSite, 'Lax');

    await page.reload();
    await page.locator('#civicpay-status').getByText('connected to', { exact: false }).waitFor();
    await page.waitForTimeout(300);
    assert.equal(await banner(page).count(), 0);
    assert.equal(await page.evaluate(() => window.analyticsDemoRuns), undefined);
    assert.match(await page.locator('#analytics-status').textContent(), /not loaded/);
    await context.close();
  });

  it('runs the gated script once after Accept all, and shows its effect', async () => {
    const context = await run.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${run.demo.siteUrl}/`);
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await page.locator('#analytics-status').getByText('Analytics loaded.').waitFor();
    assert.equal(await page.evaluate(() => window.analyticsDemoRuns), 1);
    await context.close();
  });

  it('asks again, saying so, when the notice revision changes', async () => {
    const context = await run.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${run.demo.siteUrl}/`);
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    const { value } = await consentCookie(context);
    const stale = { ...value, rev: 'an-older-revision' };
    await context.addCookies([
      { name: 'civic_consent', value: encodeURIComponent(JSON.stringify(stale)), url: run.demo.siteUrl },
    ]);
    await page.reload();
    await banner(page).waitFor();
    assert.match(await banner(page).textContent(), /Our privacy notice has changed/);
    assert.equal(await page.evaluate(() => window.analyticsDemoRuns), undefined);
    await context.close();
  });

  it('honours Global Privacy Control: marketing off, and the banner says so', async () => {
    const context = await run.browser.newContext();
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
    );
    const page = await context.newPage();
    await page.goto(`${run.demo.siteUrl}/consent-only.html`);
    await banner(page).waitFor();
    assert.match(await page.locator('civic-consent-banner [part="signal"]').textContent(), /Global Privacy Control/);
    assert.equal(await page.evaluate(() => window.CivicPay.consent.has('marketing')), false);
    assert.equal(await consentCookie(context), undefined);
    await context.close();
  });

  it('works from the consent bundle alone and never shifts the layout', async () => {
    const context = await run.browser.newContext();
    await context.addInitScript(() => {
      window.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.layoutShift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (/Content Security Policy|Trusted Type/i.test(message.text())) errors.push(message.text());
    });
    await page.goto(`${run.demo.siteUrl}/consent-only.html`);
    await banner(page).waitFor();
    await banner(page).getByRole('button', { name: 'Manage preferences' }).click();
    await page.locator('civic-consent-preferences [part="dialog"]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('civic-consent-preferences [part="dialog"]').waitFor({ state: 'hidden' });
    await banner(page).getByRole('button', { name: 'Accept all' }).click();
    await page.locator('#analytics-status').getByText('Analytics loaded.').waitFor();
    assert.equal(await page.evaluate(() => window.layoutShift), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('renders the privacy notice with its generated privacy-signals section', async () => {
    const page = await run.browser.newPage();
    await page.goto(`${run.demo.siteUrl}/privacy.html`);
    const notice = page.locator('civic-privacy-notice');
    await notice.locator('h1').getByText('City of San Clemente Privacy Policy').waitFor();
    await notice.locator('nav a', { hasText: 'Linking to other sites' }).click();
    assert.equal(new URL(page.url()).hash, '#linking-to-other-sites');
    assert.match(await notice.locator('#privacy-signals').locator('..').textContent(), /Global Privacy Control/);
    await page.close();
  });
});
