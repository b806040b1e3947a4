// `npm test`: everything CI checks, in order, stopping at the first failure.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from './build.mjs';
import { ensureChromium } from './lib/browser.mjs';
import { startPostgres } from './lib/postgres.mjs';
import { startApi } from './lib/api-server.mjs';
import { conformanceRun, conformanceRunOnPostgres } from './lib/conformance.mjs';
import { ports } from './lib/ports.mjs';
import { run } from './lib/run.mjs';
import { testServerLimits } from './lib/test-limits.mjs';

// Tests of the client and of guest pay's stand-in for the payment frame tokenize test cards from
// the test page; a deployment accepts card details from the frame's own origin only.
const testTokenizeOrigins = { TOKENIZE_ORIGINS: `http://localhost:${ports.testPage}` };
const step = (name) => console.log(`\n=== ${name}`);

process.env.CHROME_PATH = ensureChromium();

step('Type check');
await run('tsc', ['--noEmit', '-p', 'tsconfig.json']);
await run('tsc', ['--noEmit', '-p', 'examples/billing-api/tsconfig.json']);
await run('tsc', ['--noEmit', '-p', 'scripts/tsconfig.json']);

step('Lint');
await run('eslint', ['--max-warnings', '0', '.']);
await run('prettier', ['--check', '--log-level', 'warn', '.']);

step('Build');
await build();
await run('node', ['scripts/size.mjs']);
step('Public API of the npm entries against etc/ (a change must update the reports on purpose)');
await run('node', ['scripts/api-report.mjs']);

step('Example apps: type-check and build (React, Vue)');
// Built once, here: the end-to-end tests pay through the React one.
await run('npm', ['run', 'build', '--silent', '--workspace', 'examples/react', '--workspace', 'examples/vue']);

const nodeTest = ['--import', 'tsx', '--test', '--test-concurrency=1'];
step('Node tests: reference billing API on SQLite, OpenAPI drift, package');
await run('node', [...nodeTest, ...testFiles('examples/billing-api/test'), ...testFiles('test/node')]);

step('Node tests: reference billing API on PostgreSQL');
const postgres = await startTestPostgres();
if (postgres) {
  try {
    // Every test makes its own database on this server (TEST_DATABASE_URL, if set, names it).
    await run('node', [...nodeTest, ...testFiles('examples/billing-api/test')], {
      env: { TEST_STORAGE: 'postgres', TEST_DATABASE_URL: postgres.url },
    });
  } finally {
    await postgres.stop();
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'civicpay-test-'));
try {
  step('Conformance suite against the reference billing API (SQLite)');
  await conformanceRun({ port: ports.testApi, scratch });
  step('Conformance suite against the reference billing API (PostgreSQL: one instance, then two)');
  await conformanceRunOnPostgres({ ports: [ports.testApi, ports.testApiSecond] });

  step('Browser tests against the reference billing API');
  const api = await startApi({
    port: ports.testApi,
    quiet: true,
    env: {
      DB_PATH: join(scratch, 'browser.sqlite'),
      EXTRA_ORIGINS: `http://localhost:${ports.testPage}`,
      ...testServerLimits,
      ...testTokenizeOrigins,
    },
  });
  try {
    await run('wtr', ['--config', 'web-test-runner.config.mjs']);
  } finally {
    await api.stop();
  }

  step('End-to-end tests on the demo site');
  const e2e = testFiles('test/e2e', '.e2e.mjs');
  if (e2e.length > 0) await run('node', ['--test', '--test-concurrency=1', ...e2e]);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** A PostgreSQL server for the tests, or undefined after saying how to provide one. */
async function startTestPostgres() {
  try {
    return await startPostgres();
  } catch (error) {
    console.log(`Skipped: ${error.message}`);
    return undefined;
  }
}

function testFiles(dir, suffix = '.test.ts') {
  try {
    return readdirSync(dir)
      .filter((file) => file.endsWith(suffix))
      .map((file) => join(dir, file));
  } catch {
    return [];
  }
}
