// Time from <civic-payment-fields> connected to `ready` (frame loaded, tenant read, handshake
// done), in Chromium against the reference billing API on another origin, under the demo site's
// strict CSP. Prints each run and the median. Needs the frame built: `npm run build` first.
//   node benchmarks/payment-fields-ready.mjs [runs]     FRAME_DIR=… to use another frame build
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { chromium } from 'playwright-core';
import { startApi } from '../scripts/lib/api-server.mjs';
import { startStaticServer } from '../scripts/lib/static-server.mjs';
import { chromiumArgs, findChromium } from '../scripts/lib/browser.mjs';

const runs = Number(process.argv[2] ?? 9);
const pagePort = 8140;
const apiPort = 8141;
const site = mkdtempSync(join(tmpdir(), 'civicpay-bench-'));

async function bundleElement() {
  const bundle = await rollup({
    input: 'src/define/payment-fields.ts',
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      typescript({
        tsconfig: './tsconfig.build.json',
        declaration: false,
        sourceMap: false,
        declarationMap: false,
        outDir: undefined,
        declarationDir: undefined,
        rootDir: undefined,
      }),
      terser({ ecma: 2022, module: true }),
    ],
  });
  await bundle.write({ file: join(site, 'payment-fields.js'), format: 'es' });
  await bundle.close();
}

function writePage(api) {
  writeFileSync(
    join(site, 'bench.js'),
    `import './payment-fields.js';
const element = document.createElement('civic-payment-fields');
element.setAttribute('api', ${JSON.stringify(api)});
element.setAttribute('tenant', 'san-clemente');
const start = performance.now();
document.body.append(element);
const poll = () => (element.ready ? (window.readyMs = performance.now() - start) : requestAnimationFrame(poll));
poll();
`,
  );
  writeFileSync(
    join(site, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><script type="module" src="bench.js"></script></head><body></body></html>',
  );
}

await bundleElement();
const page = `http://localhost:${pagePort}`;
const api = await startApi({
  port: apiPort,
  quiet: true,
  env: {
    DB_PATH: join(site, 'bench.sqlite'),
    EXTRA_ORIGINS: page,
    FRAME_DIR: resolve(process.env.FRAME_DIR ?? 'dist/frame'),
  },
});
const server = await startStaticServer({ root: site, port: pagePort, apiOrigins: [api.url] });
writePage(api.url);
const browser = await chromium.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', args: chromiumArgs });
const times = [];
try {
  for (let run = 0; run < runs; run++) {
    // A fresh context each run: nothing cached, as on a resident's first visit.
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${page}/`);
    await tab.waitForFunction(() => typeof globalThis.readyMs === 'number', null, { timeout: 15_000 });
    times.push(await tab.evaluate(() => globalThis.readyMs));
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
  await api.stop();
  rmSync(site, { recursive: true, force: true });
}
const sorted = [...times].sort((a, b) => a - b);
console.log(`runs (ms): ${times.map((time) => time.toFixed(0)).join(', ')}`);
console.log(`median connected → ready: ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms`);
