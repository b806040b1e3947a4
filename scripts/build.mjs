// Builds everything `npm run build` promises: ES modules + .d.ts, the script-tag bundles, the
// payment frame, dist/integrity.json (SRI hashes) and custom-elements.json.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { run } from './lib/run.mjs';

export const scriptBundles = ['civicpay.min.js', 'civicpay-consent.min.js'];

export async function build() {
  rmSync('dist', { recursive: true, force: true });
  await run('rollup', ['-c', '--silent']);
  mkdirSync('dist/frame', { recursive: true });
  for (const file of ['payment-fields.html', 'payment-fields.css']) {
    copyFileSync(`src/frame/${file}`, `dist/frame/${file}`);
  }
  writeIntegrity();
  await run('cem', ['analyze', '--quiet']);
}

function writeIntegrity() {
  const integrity = {};
  for (const file of [...scriptBundles, 'frame/payment-fields.js']) {
    const bytes = readFileSync(`dist/${file}`);
    integrity[file] = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  }
  writeFileSync('dist/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await build();
  console.log('Built dist/ and custom-elements.json');
}
