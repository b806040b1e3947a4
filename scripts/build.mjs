// Builds everything `npm run build` promises: ES modules + .d.ts, the script-tag bundles, the
// payment frame, dist/integrity.json (SRI hashes), custom-elements.json, and the editor data and
// framework types generated from it (dist/types/).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { assembleLoader, sha384 } from './lib/assemble-loader.mjs';
import { run } from './lib/run.mjs';

export async function build() {
  rmSync('dist', { recursive: true, force: true });
  await run('rollup', ['-c', '--silent']);
  mkdirSync('dist/frame', { recursive: true });
  for (const file of ['payment-fields.html', 'payment-fields.css']) {
    copyFileSync(`src/frame/${file}`, `dist/frame/${file}`);
  }
  const manifest = assembleLoader();
  writeFileSync('dist/loader-manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  writeIntegrity();
  await run('cem', ['analyze', '--quiet']);
  for (const file of readdirSync('types')) copyFileSync(`types/${file}`, `dist/types/${file}`);
}

/** Every script file a page or the payment frame can run: a city's PCI DSS 6.4.3 inventory. */
function writeIntegrity() {
  const integrity = {};
  const chunks = readdirSync('dist/chunks').filter((file) => file.endsWith('.js'));
  for (const file of ['civicpay.min.js', ...chunks.map((chunk) => `chunks/${chunk}`), 'frame/payment-fields.js']) {
    integrity[file] = sha384(readFileSync(`dist/${file}`));
  }
  writeFileSync('dist/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await build();
  console.log('Built dist/ and custom-elements.json');
}
