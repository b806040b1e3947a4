// examples/react, built by Vite against the package, served on the demo port under the strict
// CSP a city uses: a resident pays a bill through it, React hears the typed events, and the
// page keeps working with the city's script tag beside the npm build.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testServerLimits } from '../../scripts/lib/test-limits.mjs';
import { ports } from '../../scripts/lib/ports.mjs';
import { useDemo } from './harness.mjs';
import { payFlow, recordedPayments } from './guest-pay-flow.mjs';

const app = 'examples/react/dist';
assert.ok(existsSync(`${app}/index.html`), 'Build the React example first: npm run build -w examples/react');

async function openApp(run) {
  const page = await run.browser.newPage();
  const warnings = [];
  const errors = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${run.demo.siteUrl}/`);
  const flow = payFlow(page);
  await flow.pay.getByRole('button', { name: 'Find my bill' }).waitFor();
  return { page, flow, warnings, errors };
}

/** Pays by card and checks that the receipt reached React's listener and the server recorded it. */
async function payByCard(run, page, flow, amount) {
  const before = recordedPayments(run.demo.dbPath).length;
  await flow.findBill();
  await flow.chooseAmount(amount);
  await flow.enterCard();
  await flow.toReview();
  await flow.payButton().click();
  const receipt = await flow.receipt();
  const status = page.locator('#app-status');
  await status.getByText(receipt['Confirmation number']).waitFor();
  assert.equal(await status.textContent(), `Paid: confirmation ${receipt['Confirmation number']}`);
  assert.equal(recordedPayments(run.demo.dbPath).length, before + 1);
  return receipt;
}

describe('examples/react: guest pay and the banner in a React 19 app', () => {
  const run = useDemo({ env: testServerLimits, root: app });

  it('pays a utility account by card; the app hears civic-payment-succeeded with the receipt', async () => {
    const { page, flow, warnings, errors } = await openApp(run);
    const receipt = await payByCard(run, page, flow, '84.17');
    assert.equal(receipt.Total, '$86.65');
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings, []);
    await page.close();
  });

  it('the banner is on the same page, and the app hears civic-consent-change', async () => {
    const { page } = await openApp(run);
    assert.equal(await page.locator('#app-analytics').textContent(), 'Analytics cookies: off');
    await page.locator('civic-consent-banner').getByRole('button', { name: 'Accept all' }).click();
    await page.locator('#app-analytics').getByText('Analytics cookies: allowed').waitFor();
    await page.close();
  });

  it('a value of the wrong type from a framework gets the message a plain page gets for it', async () => {
    const { page } = await openApp(run);
    const [number, plainNumber, object, plainObject] = await page.evaluate(async () => {
      const make = (configure) => {
        const element = document.createElement('civic-guest-pay');
        element.setAttribute('tenant', 'san-clemente');
        configure(element);
        document.body.append(element);
        return element;
      };
      const shown = async (element) => {
        await element.updateComplete;
        return element.shadowRoot.querySelector('[part="error"]')?.textContent.trim();
      };
      // React 19 sets a property the element has (`api={42}`); Vue's `:api.attr` or `^api` binds
      // an object as an attribute; a plain page can only write text.
      return Promise.all(
        [
          (element) => (element.api = 42),
          (element) => element.setAttribute('api', '42'),
          (element) => element.setAttribute('api', String({ url: 'https://billing.example.gov' })),
          (element) => element.setAttribute('api', '[object Object]'),
        ].map((configure) => shown(make(configure))),
      );
    });
    assert.match(
      plainNumber ?? '',
      /web address is not valid/,
      `the plain page shows the configuration message: ${JSON.stringify([number, plainNumber, object, plainObject])}`,
    );
    assert.equal(number, plainNumber);
    assert.equal(object, plainObject);
    await page.close();
  });
});

describe('examples/react with the city script tag on the same page', () => {
  // The city's template carries the script tag too: two copies of civicpay, each with lit-html,
  // whose Trusted Types policies share a name, so the page's CSP must allow duplicates.
  const root = mkdtempSync(join(tmpdir(), 'civicpay-react-'));
  cpSync(app, root, { recursive: true });
  const scriptTag = `<script src="/dist/civicpay.min.js" data-api="http://localhost:${ports.demoApi}" data-tenant="san-clemente" defer></script>`;
  const index = readFileSync(`${root}/index.html`, 'utf8');
  writeFileSync(`${root}/index.html`, index.replace('</head>', `${scriptTag}</head>`));
  after(() => rmSync(root, { recursive: true, force: true }));
  const run = useDemo({ env: testServerLimits, root, trustedTypes: ["'allow-duplicates'"] });

  it('warns once about the second copy, and guest pay still pays', async () => {
    const { page, flow, warnings, errors } = await openApp(run);
    await page.waitForFunction(() => window.CivicPay?.version !== undefined);
    await payByCard(run, page, flow, '10.00');
    const civicpay = warnings.filter((text) => text.startsWith('civicpay:'));
    assert.equal(civicpay.length, 1, civicpay.join('\n'));
    assert.match(civicpay[0], /another copy of civicpay|defined before civicpay's loader/);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
