// <civic-guest-pay> end to end on the San Clemente demo page (localhost:8000) with the payment
// frame on the billing origin (localhost:8787), under the site's strict CSP with Trusted Types.
import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { testServerLimits } from '../../scripts/lib/test-limits.mjs';
import { useDemo } from './harness.mjs';
import { BANK, CARD_APPROVED, CARD_DECLINED, payFlow, recordedPayments } from './guest-pay-flow.mjs';

/**
 * Runs before any page script: records CSP violations, and everything a hostile script on the
 * city page could observe — every event, every message, every DOM mutation, storage.
 */
function spyOnHostPage() {
  const seen = [];
  window.__violations = [];
  window.__seen = seen;
  const note = (where, value) => {
    try {
      seen.push(`${where}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
    } catch {
      seen.push(`${where}: [unserializable]`);
    }
  };
  document.addEventListener('securitypolicyviolation', (event) =>
    window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
  );
  window.addEventListener('message', (event) => note('message', event.data), true);
  const types = ['input', 'change', 'keydown', 'keyup', 'paste', 'focusin', 'click', 'submit'];
  for (const type of types) {
    window.addEventListener(
      type,
      (event) => {
        const path = event.composedPath();
        for (const node of path) if (node instanceof HTMLInputElement) note(type, node.value);
        if (event.key) note(type, event.key);
      },
      true,
    );
  }
  for (const type of ['civic-payment-succeeded', 'civic-payment-failed', 'civic-error']) {
    window.addEventListener(type, (event) => note(type, { payment: event.payment, code: event.code }));
  }
  const observe = (root) =>
    new MutationObserver((records) => {
      for (const record of records) {
        note('mutation', record.target.textContent ?? '');
        if (record.target instanceof HTMLInputElement) note('mutation', record.target.value);
      }
    }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  document.addEventListener('DOMContentLoaded', () => observe(document.documentElement));
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    queueMicrotask(() => observe(root));
    return root;
  };
}

describe('<civic-guest-pay> on the demo site', () => {
  const run = useDemo({ env: testServerLimits });
  let page;
  let flow;

  async function openPage() {
    page = await run.browser.newPage();
    await page.addInitScript(spyOnHostPage);
    await page.goto(`${run.demo.siteUrl}/`);
    flow = payFlow(page);
    await flow.pay.getByRole('button', { name: 'Find my bill' }).waitFor();
  }
  afterEach(async () => {
    if (page) {
      const violations = await page.evaluate(() => window.__violations).catch(() => []);
      await page.close();
      page = undefined;
      assert.deepEqual(violations, [], 'no Content-Security-Policy or Trusted Types violation');
    }
  });

  it('pays a utility account by card; the host page never sees the card number', async () => {
    await openPage();
    const before = recordedPayments(run.demo.dbPath).length;
    await flow.findBill({ number: '482-910-375' });
    await flow.chooseAmount('84.17');
    await flow.enterCard(CARD_APPROVED);
    await flow.toReview();
    assert.equal(await flow.payButton().textContent(), 'Pay $86.65');
    await flow.payButton().click();
    const receipt = await flow.receipt();
    assert.equal(receipt.Total, '$86.65');
    assert.equal(receipt['Payment method'], 'Visa ending in 4242');

    const payments = recordedPayments(run.demo.dbPath);
    assert.equal(payments.length, before + 1);
    const recorded = payments.at(-1);
    assert.equal(recorded.confirmation, receipt['Confirmation number']);
    assert.deepEqual([recorded.amount_cents, recorded.fee_cents, recorded.method_last4], [8417, 248, '4242']);

    const seen = await page.evaluate(() => window.__seen);
    assert.ok(seen.length > 50, 'the spy did observe the page');
    const leaks = seen.filter((entry) => entry.includes(CARD_APPROVED) || entry.includes('4242 4242'));
    assert.deepEqual(leaks, []);
    const storage = await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }) + document.cookie);
    assert.ok(!storage.includes(CARD_APPROVED));
  });

  it('pays a utility account by bank account after the authorization; the host never sees the numbers', async () => {
    await openPage();
    await flow.findBill();
    await flow.chooseAmount('20.00');
    await flow.enterBank();
    await flow.toReview();
    await flow.payButton().click();
    await flow.pay.getByText('Check the box to authorize the debit').first().waitFor();
    await flow.pay.getByLabel('I authorize this one-time debit from my bank account.').check();
    await flow.payButton().click();
    const receipt = await flow.receipt();
    assert.equal(receipt['Payment method'], 'Bank account ending in 6789');
    assert.equal(receipt.Total, '$20.00');
    const seen = await page.evaluate(() => window.__seen);
    assert.deepEqual(
      seen.filter((entry) => entry.includes(BANK.account) || entry.includes(BANK.routing)),
      [],
    );
  });

  it('marks the current step by more than its weight in forced colours', async () => {
    await openPage();
    await page.emulateMedia({ forcedColors: 'active' });
    const underline = (selector) =>
      flow.pay
        .locator(selector)
        .first()
        .evaluate((step) => getComputedStyle(step).borderBottomColor);
    const current = await underline('[part="steps"] li[aria-current="step"]');
    const other = await underline('[part="steps"] li:not([aria-current])');
    assert.notEqual(current, other);
  });

  it('pays an invoice in full', async () => {
    await openPage();
    await flow.findBill({ kind: 'invoice', number: 'ar 10045' });
    assert.equal(await flow.pay.getByLabel('Amount to pay').inputValue(), '250.00');
    await flow.chooseAmount();
    await flow.enterCard();
    await flow.toReview();
    await flow.payButton().click();
    const receipt = await flow.receipt();
    assert.equal(receipt.Amount, '$250.00');
    assert.match(receipt['Paying'], /Seaside Surf School/);
  });

  it('after a decline, another card pays', async () => {
    await openPage();
    const before = recordedPayments(run.demo.dbPath).length;
    await flow.findBill();
    await flow.chooseAmount('10.00');
    await flow.enterCard(CARD_DECLINED);
    await flow.toReview();
    await flow.payButton().click();
    await flow.untilStep('Payment method');
    assert.equal(
      (await flow.message().textContent()).trim(),
      'Your card was declined. Try another card or a bank account; nothing was charged.',
    );
    assert.equal(recordedPayments(run.demo.dbPath).length, before);
    // The frame keeps the expiry and name but asks for the security code again.
    await flow.frame('card').locator('#cardNumber').fill(CARD_APPROVED);
    await flow.frame('card').locator('#securityCode').fill('123');
    await flow.toReview();
    await flow.payButton().click();
    await flow.receipt();
    assert.equal(recordedPayments(run.demo.dbPath).length, before + 1);
  });

  it('a double click on Pay makes one payment', async () => {
    await openPage();
    const before = recordedPayments(run.demo.dbPath).length;
    await flow.findBill();
    await flow.chooseAmount('11.00');
    await flow.enterCard();
    await flow.toReview();
    await flow.payButton().dblclick();
    await flow.receipt();
    assert.equal(recordedPayments(run.demo.dbPath).length, before + 1);
  });

  it('when the answer is lost after the server paid, "Try again" shows the same confirmation', async () => {
    await openPage();
    const before = recordedPayments(run.demo.dbPath).length;
    await flow.findBill();
    await flow.chooseAmount('12.00');
    await flow.enterCard();
    await flow.toReview();
    let committed;
    await page.route('**/v1/tenants/san-clemente/payments', async (route) => {
      const response = await route.fetch();
      committed ??= await response.json();
      await route.abort('connectionreset');
    });
    await flow.payButton().click();
    await flow.message().getByText('We lost the connection').waitFor({ timeout: 20_000 });
    assert.equal(recordedPayments(run.demo.dbPath).length, before + 1);
    await page.unroute('**/v1/tenants/san-clemente/payments');
    await flow.pay.getByRole('button', { name: 'Try again' }).click();
    const receipt = await flow.receipt();
    assert.equal(receipt['Confirmation number'], committed.confirmation);
    assert.equal(recordedPayments(run.demo.dbPath).length, before + 1);
  });

  it('a reload during payment finds the outcome instead of paying again', async () => {
    await openPage();
    const before = recordedPayments(run.demo.dbPath).length;
    await flow.findBill();
    await flow.chooseAmount('13.00');
    await flow.enterCard();
    await flow.toReview();
    let reachedServer;
    const committed = new Promise((resolve) => (reachedServer = resolve));
    let held = false;
    await page.route('**/v1/tenants/san-clemente/payments', async (route) => {
      if (held) return route.continue();
      held = true;
      const response = await route.fetch();
      reachedServer(await response.json());
      // This answer never arrives: the resident reloads first.
    });
    await flow.payButton().click();
    const { confirmation } = await committed;
    await page.reload();
    const receipt = await payFlow(page).receipt();
    assert.equal(receipt['Confirmation number'], confirmation);
    assert.equal(recordedPayments(run.demo.dbPath).length, before + 1);
    assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'the key is forgotten once the outcome is known');
  });
});

describe('<civic-guest-pay> with an expired lookup', () => {
  const run = useDemo({ env: { ...testServerLimits, LOOKUP_TTL_SECONDS: '3' } });

  it('goes back to finding the bill with a message, keeping what was typed, and charges nothing', async () => {
    const page = await run.browser.newPage();
    await page.goto(`${run.demo.siteUrl}/`);
    const flow = payFlow(page);
    await flow.findBill({ number: '482 910 375' });
    await flow.chooseAmount('14.00');
    await flow.enterCard();
    await flow.toReview();
    await page.waitForTimeout(3_500);
    await flow.payButton().click();
    await flow.untilStep('Find your bill');
    assert.equal(
      (await flow.message().textContent()).trim(),
      'For your security, your bill search timed out. Find your bill again to continue; nothing was charged.',
    );
    assert.equal(await flow.pay.getByLabel('Account number').inputValue(), '482 910 375');
    assert.equal(recordedPayments(run.demo.dbPath).length, 0);
    await flow.pay.getByRole('button', { name: 'Find my bill' }).click();
    await flow.untilStep('Amount');
    assert.equal(await flow.pay.getByLabel('Amount to pay').inputValue(), '14.00');
    await page.close();
  });
});
