// What a resident's phone pays for civicpay's script tag, against vanilla-cookieconsent 3.1:
// on a page that shows only the cookie banner, the time from navigation to the banner painted and
// the main-thread script time (DevTools `ScriptDuration`), for civicpay.min.js (with the billing
// API, and with the notice on the tag) and cookieconsent (JS + CSS); on the demo's guest-pay
// page, the time from navigation to the find-bill form's first input shown and enabled. One
// headless Chromium, the pages visited in turn (A, B, C, D, A, B…) after one uncounted round, each
// visit cold (see lib/visit.mjs). Prints medians and the civicpay/cookieconsent ratios. Not a
// test: timings vary.
//
// Run `npm run build` first, then: node benchmarks/banner-and-guest-pay.mjs
//   RUNS=15              counted visits of each page (1–200)
//   BENCH_SITE_PORT=8150 the pages' static server; BENCH_API_PORT=8151 the reference billing API
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { launchBrowser } from '../test/e2e/harness.mjs';
import { startBenchSite } from './lib/bench-site.mjs';
import { readSettings } from './lib/settings.mjs';
import { CPU_SLOWDOWN, visit } from './lib/visit.mjs';
import { median, summary, table } from './lib/report.mjs';

const CIVICPAY_BANNER = { path: ['civic-consent-banner', '[part="banner"]'], until: 'visible' };
const COOKIECONSENT_BANNER = { path: ['#cc-main .cm'], until: 'visible' };
const GUEST_PAY_FIRST_STEP = {
  path: ['civic-guest-pay', 'section[data-step="find"] form input'],
  until: 'enabled',
};

const bannerPages = [
  { name: 'civicpay.min.js, data-api', path: '/bench/banner-civicpay.html' },
  { name: 'civicpay.min.js, notice on the tag', path: '/bench/banner-civicpay-tag-only.html' },
  { name: 'vanilla-cookieconsent 3.1', path: '/bench/banner-cookieconsent.html', baseline: true },
].map((page) => ({ ...page, watch: page.baseline ? COOKIECONSENT_BANNER : CIVICPAY_BANNER }));
const guestPayPage = { name: 'guest pay (demo /)', path: '/', watch: GUEST_PAY_FIRST_STEP };

const settings = readSettings(process.env, { runs: 15, sitePort: 8150, apiPort: 8151 });
if (!settings.ok) {
  for (const problem of settings.problems) console.error(problem);
  process.exit(2);
}
if (!existsSync('dist/civicpay.min.js')) {
  console.error('dist/civicpay.min.js is missing: run `npm run build` first, from the package root.');
  process.exit(2);
}
const pages = [...bannerPages, guestPayPage];

let site;
try {
  site = await startBenchSite(settings);
} catch (error) {
  console.error(`The benchmark's site or billing API could not start: ${error.message}`);
  console.error(
    `(site on port ${settings.sitePort}, API on ${settings.apiPort}; BENCH_SITE_PORT and BENCH_API_PORT choose others)`,
  );
  process.exit(1);
}
const results = new Map(pages.map((page) => [page, { shown: [], script: [] }]));
let browser;
try {
  browser = await launchBrowser();
  console.log(
    `${settings.runs} counted visits of each page, interleaved, each cold; ${pages.length} pages; ` +
      `375×667, CPU ${CPU_SLOWDOWN}× slower; Chromium ${browser.version()}, Node ${process.version}, ` +
      `${availableParallelism()} CPUs`,
  );
  for (const page of pages) {
    try {
      const first = await visit(browser, site.siteUrl + page.path, page.watch, { inspect: true });
      results.get(page).gzipBytes = first.fetched.reduce((sum, file) => sum + file.gzipBytes, 0);
      const files = first.fetched.map((file) => `${file.path} ${file.gzipBytes.toLocaleString('en-US')} B`);
      console.log(`${page.name} fetched (gzip level 9): ${files.join(', ')}`);
      for (const error of first.errors) console.log(`${page.name} reported: ${error}`);
    } catch (error) {
      // A page that cannot be measured once would only time out again: the others still run.
      console.error(`${page.name} is left out: ${error.message}`);
      results.delete(page);
      process.exitCode = 1;
    }
  }
  for (let round = 0; round < settings.runs; round++) {
    for (const page of results.keys()) {
      const { shownMs, scriptMs } = await visit(browser, site.siteUrl + page.path, page.watch);
      results.get(page).shown.push(shownMs);
      results.get(page).script.push(scriptMs);
    }
  }
} catch (error) {
  console.error(`The benchmark stopped: ${error.message}`);
  results.clear();
  process.exitCode = 1;
} finally {
  await browser?.close();
  await site.stop();
}

const bytes = (page) => `${results.get(page).gzipBytes.toLocaleString('en-US')} B`;
const row = (page) => [page.name, bytes(page), summary(results.get(page).shown), summary(results.get(page).script)];
const banners = [...results.keys()].filter((page) => page !== guestPayPage);
if (banners.length > 0) {
  console.log('\nBanner-only page (median, fastest–slowest)');
  console.log(table(['script on the page', 'JS + CSS gzip', 'banner painted', 'main-thread script'], banners.map(row)));
}

const baseline = results.get(banners.find((page) => page.baseline));
const compared = baseline ? banners.filter((page) => !page.baseline) : [];
const ratio = (values, baselineValues) => `${(median(values) / median(baselineValues)).toFixed(2)}×`;
if (compared.length > 0) console.log('\nRatio of medians, civicpay / vanilla-cookieconsent');
for (const page of compared) {
  const { shown, script } = results.get(page);
  console.log(
    `${page.name}: banner painted ${ratio(shown, baseline.shown)}, main-thread script ${ratio(script, baseline.script)}`,
  );
}

if (results.has(guestPayPage)) {
  console.log('\nGuest-pay page, navigation to the first step usable (median, fastest–slowest)');
  console.log(table(['page', 'JS + CSS gzip', 'first step usable', 'main-thread script'], [row(guestPayPage)]));
}

// Other work on the machine slows every page; the interleaving spreads it, the figures still move.
console.log(
  `\nLoad average at the end (1, 5, 15 min): ${loadavg()
    .map((load) => load.toFixed(1))
    .join(', ')}`,
);
