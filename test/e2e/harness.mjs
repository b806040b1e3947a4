// Starts the demo exactly as `npm start` serves it (built dist/, the API on 8787, the site on
// 8000) with a fresh database, and launches headless Chromium through playwright-core.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startApi } from '../../scripts/lib/api-server.mjs';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { chromiumArgs, findChromium } from '../../scripts/lib/browser.mjs';
import { ports } from '../../scripts/lib/ports.mjs';

/**
 * `root` is the site served on the demo port: the city pages, or a built example app.
 * `trustedTypes` adds names (or keywords) to the page's trusted-types directive.
 */
export async function startDemo({ env = {}, root = 'examples/affiliate-site', trustedTypes = [] } = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'civicpay-e2e-'));
  const api = await startApi({
    port: ports.demoApi,
    quiet: true,
    env: { DB_PATH: join(scratch, 'demo.sqlite'), ...env },
  });
  const apiOrigins = [api.url, api.url.replace('localhost', '127.0.0.1')];
  const site = await startStaticServer({
    root,
    port: ports.demoSite,
    apiOrigins,
    trustedTypesPolicies: trustedTypes,
  });
  return {
    siteUrl: site.url,
    apiUrl: api.url,
    dbPath: join(scratch, 'demo.sqlite'),
    async stop() {
      await Promise.all([site.stop(), api.stop()]);
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: findChromium() ?? '/usr/bin/chromium',
    args: chromiumArgs.filter((arg) => arg !== '--headless=new'),
    headless: true,
  });
}

/**
 * Starts the demo and a browser before the enclosing `describe` and stops both after it.
 * Read `run.demo` and `run.browser` inside the tests.
 */
export function useDemo(options) {
  const run = {};
  before(async () => {
    run.demo = await startDemo(options);
    run.browser = await launchBrowser();
  });
  after(async () => {
    await run.browser?.close();
    await run.demo?.stop();
  });
  return run;
}
