import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const BENCHMARK = 'benchmarks/banner-and-guest-pay.mjs';

/** Runs the benchmark with `env` added; a bad value must stop it before any server or browser starts. */
function runWith(env: Record<string, string>) {
  return spawnSync(process.execPath, [BENCHMARK], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
}

for (const [env, message] of [
  [{ RUNS: 'many' }, 'RUNS must be a whole number from 1 to 200, not "many".'],
  [{ RUNS: '0' }, 'RUNS must be a whole number from 1 to 200, not "0".'],
  [{ RUNS: '201' }, 'RUNS must be a whole number from 1 to 200, not "201".'],
  [{ RUNS: '2.5' }, 'RUNS must be a whole number from 1 to 200, not "2.5".'],
  [{ BENCH_SITE_PORT: '70000' }, 'BENCH_SITE_PORT must be a whole number from 1 to 65535, not "70000".'],
  [{ BENCH_API_PORT: '-1' }, 'BENCH_API_PORT must be a whole number from 1 to 65535, not "-1".'],
  [
    { BENCH_SITE_PORT: '9350', BENCH_API_PORT: '9350' },
    'BENCH_SITE_PORT and BENCH_API_PORT are both 9350; the site and the API need a port each.',
  ],
] as const) {
  test(`the benchmark refuses ${JSON.stringify(env)} with a message and starts nothing`, () => {
    const run = runWith(env);
    assert.equal(run.status, 2, run.stderr);
    assert.equal(run.stderr.trim(), message);
    assert.equal(run.stdout, '');
  });
}

test('the benchmark names every bad value at once', () => {
  const run = runWith({ RUNS: 'x', BENCH_API_PORT: '0' });
  assert.equal(run.status, 2);
  assert.deepEqual(run.stderr.trim().split('\n'), [
    'RUNS must be a whole number from 1 to 200, not "x".',
    'BENCH_API_PORT must be a whole number from 1 to 65535, not "0".',
  ]);
});
