// The pages a benchmark visits, on its own ports: a scratch copy of the demo site with the
// benchmark's pages under /bench/ and vanilla-cookieconsent's files under /vendor/cookieconsent/,
// served with the built dist/ by the demo's static server (its strict CSP, which here also lets
// cookieconsent's page create a `default` Trusted Types policy), and the reference
// billing API with a fresh database. The pages name the demo's API address, as the demo does;
// the copy names the benchmark's API instead, and the API allows the benchmark site's origin.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi } from '../../scripts/lib/api-server.mjs';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { ports } from '../../scripts/lib/ports.mjs';

const DEMO_API_ORIGIN = `http://localhost:${ports.demoApi}`;
const DEMO_API = `data-api="${DEMO_API_ORIGIN}"`;
const COOKIECONSENT = 'node_modules/vanilla-cookieconsent/dist';

export async function startBenchSite({ sitePort, apiPort }) {
  const scratch = mkdtempSync(join(tmpdir(), 'civicpay-bench-'));
  const root = join(scratch, 'site');
  const removeScratch = () => rmSync(scratch, { recursive: true, force: true });
  let api;
  try {
    cpSync('examples/affiliate-site', root, { recursive: true });
    cpSync('benchmarks/pages', join(root, 'bench'), { recursive: true });
    for (const file of ['cookieconsent.umd.js', 'cookieconsent.css']) {
      cpSync(join(COOKIECONSENT, file), join(root, 'vendor/cookieconsent', file));
    }
    const siteUrl = `http://localhost:${sitePort}`;
    api = await startApi({
      port: apiPort,
      quiet: true,
      env: { DB_PATH: join(scratch, 'bench.sqlite'), EXTRA_ORIGINS: siteUrl },
    });
    pointPagesAt(root, api.url);
    // cookieconsent writes HTML strings, which only a policy named `default` may let through.
    const site = await startStaticServer({
      root,
      port: sitePort,
      apiOrigins: [api.url],
      trustedTypesPolicies: ['default'],
    });
    return {
      siteUrl: site.url,
      async stop() {
        await Promise.all([site.stop(), api.stop()]);
        removeScratch();
      },
    };
  } catch (error) {
    await api?.stop();
    removeScratch();
    throw error;
  }
}

function pointPagesAt(root, apiUrl) {
  const pages = readdirSync(root, { recursive: true }).filter((file) => file.endsWith('.html'));
  for (const page of pages) {
    const path = join(root, page);
    const html = readFileSync(path, 'utf8').replaceAll(DEMO_API, `data-api="${apiUrl}"`);
    // The demo's API belongs to a running demo, not to the benchmark: fail rather than use it.
    if (html.includes(DEMO_API_ORIGIN))
      throw new Error(`${page} names ${DEMO_API_ORIGIN} in a way the benchmark does not rewrite`);
    writeFileSync(path, html);
  }
}
