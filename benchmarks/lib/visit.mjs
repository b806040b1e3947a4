// One cold visit of one page, as a mid-range phone would make it: a fresh browser context (empty
// cache, no cookies), a 375×667 viewport and the CPU slowed 4× through the DevTools protocol.
import { gzipSync } from 'node:zlib';
import { watchInPage } from './in-page.mjs';

const VIEWPORT = { width: 375, height: 667 };
export const CPU_SLOWDOWN = 4;
const TIMEOUT_MS = 30_000;

/**
 * Resolves with `shownMs` (navigation start to the watched element shown, see in-page.mjs) and
 * `scriptMs` (main-thread script time by then, and after the load event). With `inspect`, also
 * the scripts and style sheets the page `fetched` by then, apart from the site's own style sheet,
 * each with its `gzipBytes`, and the `errors` the page reported; when the element is never shown, those errors
 * are in the rejection's message.
 */
export async function visit(browser, url, watch, { inspect = false } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const tab = await context.newPage();
    const files = [];
    const errors = [];
    if (inspect) {
      tab.on('response', (response) => {
        const type = response.request().resourceType();
        if ((type === 'script' || type === 'stylesheet') && !response.url().endsWith('/css/site.css')) {
          files.push(response);
        }
      });
      tab.on('pageerror', (error) => errors.push(error.message));
      tab.on('console', (message) => {
        const { url } = message.location();
        // Chromium asks a browser's first page for /favicon.ico, which the demo does not have.
        if (message.type() === 'error' && !url.endsWith('/favicon.ico')) errors.push(`${message.text()} (${url})`);
      });
    }
    const devtools = await context.newCDPSession(tab);
    await devtools.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await devtools.send('Performance.enable');
    await tab.addInitScript(watchInPage, watch);

    await tab.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    const shownMs = await withTimeout(
      tab.evaluate(() => window.benchmarkShown),
      () =>
        [`${watch.path.join(' ▸ ')} was not shown on ${url} within ${TIMEOUT_MS / 1000} s`]
          .concat(errors.length > 0 ? [`the page reported: ${[...new Set(errors)].join(' | ')}`] : [])
          .join('; '),
    );
    const { metrics } = await devtools.send('Performance.getMetrics');
    const scriptMs = metrics.find(({ name }) => name === 'ScriptDuration').value * 1000;
    if (!inspect) return { shownMs, scriptMs };

    const fetched = [];
    for (const response of files) {
      fetched.push({
        path: new URL(response.url()).pathname,
        gzipBytes: gzipSync(await response.body(), { level: 9 }).length,
      });
    }
    return { shownMs, scriptMs, fetched, errors };
  } finally {
    await context.close();
  }
}

function withTimeout(promise, describe) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(describe())), TIMEOUT_MS)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
