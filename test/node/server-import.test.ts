// A framework's server render (Next.js, Nuxt, Astro, SvelteKit) imports civicpay in Node: every
// export must load there without throwing or printing, and leave no browser-only global behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const defines = readdirSync('dist/lib/define')
  .filter((file) => file.endsWith('.js'))
  .map((file) => `civicpay/define/${file.slice(0, -'.js'.length)}`);
const specifiers = ['civicpay', 'civicpay/consent', 'civicpay/api', ...defines];

// What Lit's and zod's server builds put on globalThis: the registry Lit's server renderer reads
// (`customElements`, an in-memory stand-in), its version lists, and zod's registry.
const serverGlobals = new Set([
  'customElements',
  'litServerRoot',
  'litPropertyMetadata',
  'litHtmlVersions',
  'litElementVersions',
  'reactiveElementVersions',
  '__zod_globalConfig',
  '__zod_globalRegistry',
]);

/** Imports `specifier` by the package's name, through its exports, in a fresh Node process. */
function importInNode(specifier: string) {
  const script = `
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    await import(${JSON.stringify(specifier)});
    const added = Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name));
    const tags = ['civic-guest-pay', 'civic-consent-banner'].filter((tag) => globalThis.customElements?.get(tag));
    const shim = await import('@lit-labs/ssr-dom-shim');
    const registry = globalThis.customElements === undefined ? null : globalThis.customElements === shim.customElements ? 'lit-server' : 'other';
    console.log(JSON.stringify({ added, tags, registry }));
  `;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(output) as { added: string[]; tags: string[]; registry: 'lit-server' | 'other' | null };
}

test('the package exports every define/ module built', () => {
  assert.ok(defines.length >= 12, defines.join(', '));
  assert.ok(defines.includes('civicpay/define/all'));
});

for (const specifier of specifiers) {
  test(`import '${specifier}' in Node loads and adds no browser global`, () => {
    const { added, registry } = importInNode(specifier);
    const unexpected = added.filter((name) => !serverGlobals.has(name));
    assert.deepEqual(unexpected, [], `${specifier} added ${unexpected.join(', ')}`);
    for (const name of ['window', 'document', 'HTMLElement', 'CSSStyleSheet', 'CivicPay']) {
      assert.ok(!added.includes(name), `${specifier} added ${name}`);
    }
    assert.notEqual(registry, 'other', "a registry, if any, is Lit's server stand-in");
  });
}

test("a define/ module of a Lit widget registers its tag in Lit's server registry, which its server renderer reads", () => {
  const { tags, registry } = importInNode('civicpay/define/guest-pay');
  assert.deepEqual(tags, ['civic-guest-pay']);
  assert.equal(registry, 'lit-server');
});

test('the consent banner, without Lit, registers nothing on a server: there is no registry to register in', () => {
  const { tags, added } = importInNode('civicpay/define/consent-banner');
  assert.deepEqual(tags, []);
  assert.ok(!added.includes('customElements'));
});
