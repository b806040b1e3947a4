// Time from the payment-method step shown to the card fields ready (the frame loaded and the
// handshake done), on the demo page with the frame on the billing origin. Median of RUNS runs,
// each in a fresh browser context (cold cache). Run `npm run build` first.
import { launchBrowser, startDemo } from '../test/e2e/harness.mjs';
import { payFlow } from '../test/e2e/guest-pay-flow.mjs';

const RUNS = Number(process.env.RUNS ?? 7);

/** In the page: resolves with ms from the method section unhidden to `ready` on its fields. */
function measureInPage() {
  return new Promise((resolve) => {
    const pay = document.querySelector('civic-guest-pay');
    const section = () => pay.shadowRoot.querySelector('section[data-step="method"]');
    let shownAt;
    const tick = () => {
      const method = section();
      if (shownAt === undefined && method && !method.hidden) shownAt = performance.now();
      const fields = method?.querySelector('civic-payment-fields[method="card"]');
      if (shownAt !== undefined && fields?.ready) return resolve(performance.now() - shownAt);
      requestAnimationFrame(tick);
    };
    tick();
  });
}

const demo = await startDemo({ env: { FAILED_LOOKUPS_PER_ADDRESS: '1000' } });
const browser = await launchBrowser();
const times = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${demo.siteUrl}/`);
    const flow = payFlow(page);
    await flow.findBill();
    await flow.pay.getByLabel('Amount to pay').fill('10.00');
    const measured = page.evaluate(measureInPage);
    await flow.pay.getByRole('button', { name: 'Continue' }).click();
    times.push(await measured);
    await context.close();
  }
} finally {
  await browser.close();
  await demo.stop();
}

const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
console.log(`pay step shown → card fields ready, ${RUNS} runs (ms): ${times.map((t) => t.toFixed(1)).join(', ')}`);
console.log(`median ${median.toFixed(1)} ms, min ${sorted[0].toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms`);
