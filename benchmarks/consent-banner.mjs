// Time from civicpay.min.js's start to the cookie banner painted, on the demo's consent-only page
// (which loads civicpay.min.js and the banner's strings), in headless Chromium. Not a test:
// prints the median of several fresh visits.
// Run after `npm run build`: node benchmarks/consent-banner.mjs [runs]
import { launchBrowser, startDemo } from '../test/e2e/harness.mjs';

const runs = Number(process.argv[2] ?? 15);

// In the page before any script: find when the banner's region first exists, then wait one frame
// so the time is of a painted banner, not of a DOM node.
function watchForBanner() {
  const look = () => {
    const region = document.querySelector('civic-consent-banner')?.shadowRoot?.querySelector('[part="banner"]');
    if (region) requestAnimationFrame(() => (window.bannerPaintedAt = performance.now()));
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

const demo = await startDemo();
const browser = await launchBrowser();
const timings = [];
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    await context.addInitScript(watchForBanner);
    const page = await context.newPage();
    await page.goto(`${demo.siteUrl}/consent-only.html`);
    await page.waitForFunction(() => window.bannerPaintedAt !== undefined);
    timings.push(
      await page.evaluate(() => {
        // A deferred script starts once it has arrived and the document is parsed.
        const script = performance.getEntriesByType('resource').find(({ name }) => name.endsWith('/civicpay.min.js'));
        const [navigation] = performance.getEntriesByType('navigation');
        return window.bannerPaintedAt - Math.max(script.responseEnd, navigation.domInteractive);
      }),
    );
    await context.close();
  }
} finally {
  await browser.close();
  await demo.stop();
}

timings.sort((a, b) => a - b);
const median = timings[Math.floor(timings.length / 2)];
console.log(
  `script start → banner painted, ${runs} runs: median ${median.toFixed(1)} ms (min ${timings[0].toFixed(1)}, max ${timings.at(-1).toFixed(1)})`,
);
