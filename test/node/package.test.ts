import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { version } from '../../src/version.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('src/version.ts matches package.json', () => {
  assert.equal(version, pkg.version);
});

test('every exports target and the custom elements manifest exist after the build', () => {
  const targets = Object.values(pkg.exports as Record<string, string | Record<string, string>>).flatMap((target) =>
    typeof target === 'string' ? [target] : Object.values(target),
  );
  for (const target of targets.filter((path) => !path.includes('*'))) {
    assert.ok(existsSync(target), `${target} exists`);
  }
  assert.ok(existsSync('dist/lib/define/all.js'), 'define/all.js exists');
  assert.ok(existsSync(pkg.customElements), 'custom-elements.json exists');
});

test('the editor data and framework types are built and named where editors and TypeScript look', () => {
  assert.ok(existsSync(pkg['web-types']), 'web-types, which JetBrains IDEs read by themselves');
  for (const name of ['jsx', 'vue', 'svelte']) {
    assert.equal(pkg.exports['./types/*'].types, './dist/types/*.d.ts');
    assert.ok(existsSync(`dist/types/${name}.d.ts`), `civicpay/types/${name}`);
  }
  const htmlData = JSON.parse(readFileSync(pkg.exports['./vscode.html-custom-data.json'], 'utf8')) as {
    tags: Array<{ name: string; attributes: Array<{ name: string }> }>;
  };
  const guestPay = htmlData.tags.find((tag) => tag.name === 'civic-guest-pay');
  assert.deepEqual(guestPay?.attributes.map(({ name }) => name).sort(), ['api', 'lang', 'tenant']);
  assert.ok(existsSync(pkg.exports['./vscode.css-custom-data.json']));
  // The listener of each event gets its class, not a bare Event.
  const jsx = readFileSync('dist/types/jsx.d.ts', 'utf8').replace(/\s+/g, ' ');
  assert.ok(
    jsx.includes('"oncivic-payment-succeeded"?: ((e: CivicGuestPayCivicPaymentSucceededElementEvent) => void)'),
  );
  assert.ok(jsx.includes('CivicGuestPayElementEvent<import("civicpay").CivicPaymentSucceededEvent>'));
});

test('integrity.json holds the sha384 of every script a page or the payment frame can run, and nothing else', async () => {
  const { createHash } = await import('node:crypto');
  const integrity = JSON.parse(readFileSync('dist/integrity.json', 'utf8')) as Record<string, string>;
  const chunks = readdirSync('dist/chunks')
    .filter((file) => file.endsWith('.js'))
    .map((file) => `chunks/${file}`);
  assert.deepEqual(Object.keys(integrity).sort(), ['civicpay.min.js', 'frame/payment-fields.js', ...chunks].sort());
  for (const [file, hash] of Object.entries(integrity)) {
    assert.equal(
      hash,
      `sha384-${createHash('sha384')
        .update(readFileSync(`dist/${file}`))
        .digest('base64')}`,
      file,
    );
  }
});

test('importing the main entry defines no custom element', () => {
  const index = readFileSync('dist/lib/index.js', 'utf8');
  assert.doesNotMatch(index, /customElements\.define|defineElement\(/);
});

test('custom-elements.json names every element a define/ module registers, with its attributes and documented events', () => {
  interface Declaration {
    tagName?: string;
    attributes?: Array<{ name: string }>;
    events?: Array<{ name: string }>;
  }
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
    modules: Array<{ declarations?: Declaration[] }>;
  };
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  const byTag = new Map(declarations.flatMap((d) => (d.tagName ? [[d.tagName, d] as const] : [])));
  for (const file of readdirSync('src/define').filter((name) => name !== 'all.ts')) {
    const tag = readFileSync(`src/define/${file}`, 'utf8').match(/defineElement\('([a-z-]+)'/)?.[1];
    assert.ok(tag && byTag.has(tag), `${file}: ${tag} is in the manifest`);
  }
  const attributes = (tag: string) => (byTag.get(tag)?.attributes ?? []).map(({ name }) => name);
  assert.deepEqual(attributes('civic-guest-pay').sort(), ['api', 'lang', 'tenant']);
  const events = (tag: string) => (byTag.get(tag)?.events ?? []).map(({ name }) => name);
  assert.deepEqual(events('civic-guest-pay'), ['civic-payment-succeeded', 'civic-payment-failed', 'civic-error']);
  for (const declaration of byTag.values()) {
    for (const { name } of declaration.events ?? []) assert.match(name, /^(civic-[a-z-]+|change)$/);
  }
});
