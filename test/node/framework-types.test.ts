// A misspelt attribute, tag or event name, or a listener for the wrong event, fails the type
// check of a React, Vue or Svelte app that uses civicpay's generated types (fixtures in test/types/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

/** `file(line,column): error TSnnnn` for every error the checker reports in `dir`. */
function typeErrors(checker: 'tsc' | 'vue-tsc', dir: string): string[] {
  const result = spawnSync(`node_modules/.bin/${checker}`, ['--noEmit', '-p', `${dir}/tsconfig.json`], {
    encoding: 'utf8',
  });
  assert.notEqual(result.status, 0, `${checker} passed ${dir}: the misspellings went unnoticed`);
  return [...result.stdout.matchAll(/^(\S+\(\d+,\d+\)): error (TS\d+)/gm)].map(([, where, code]) => `${where} ${code}`);
}

test('React 19: a misspelt attribute or tag, and a listener for another event, are type errors', () => {
  assert.deepEqual(typeErrors('tsc', 'test/types/react'), [
    'test/types/react/misspelt.tsx(6,51) TS2322',
    'test/types/react/misspelt.tsx(7,28) TS2339',
    'test/types/react/misspelt.tsx(9,4) TS2322',
  ]);
});

test('Svelte 5: a misspelt attribute, and a listener for another event, are type errors', () => {
  assert.deepEqual(typeErrors('tsc', 'test/types/svelte'), [
    'test/types/svelte/misspelt.ts(16,46) TS2561',
    'test/types/svelte/misspelt.ts(17,44) TS2322',
  ]);
});

test('Vue 3: a misspelt attribute or event name, and a listener for another event, are type errors', () => {
  assert.deepEqual(typeErrors('vue-tsc', 'test/types/vue'), [
    'test/types/vue/Misspelt.vue(10,20) TS2561',
    'test/types/vue/Misspelt.vue(11,21) TS2561',
    'test/types/vue/Misspelt.vue(12,21) TS2322',
  ]);
});
