import { join } from 'node:path';
import { startApi } from './api-server.mjs';
import { NO_POSTGRES_MESSAGE, startPostgres } from './postgres.mjs';
import { startRoundRobin } from './round-robin-proxy.mjs';
import { run } from './run.mjs';
import { testServerLimits } from './test-limits.mjs';

const suite = (url) => run('node', ['conformance/run.mjs', '--api', url, '--tenant', 'san-clemente']);

/** Starts a reference API on a fresh SQLite database in `scratch` and runs the conformance suite against it. */
export async function conformanceRun({ port, scratch }) {
  const api = await startApi({
    port,
    quiet: true,
    env: { DB_PATH: join(scratch, 'conformance.sqlite'), ...testServerLimits },
  });
  try {
    await suite(api.url);
  } finally {
    await api.stop();
  }
}

/**
 * The suite on a throwaway PostgreSQL server: against one instance, then against two on the same
 * database behind a round-robin proxy, which must act as one (idempotency, limits, tokens).
 * Without PostgreSQL, and without root to install it, it says how to point the tests at a server
 * and returns, so the rest of `npm test` runs.
 */
export async function conformanceRunOnPostgres({ ports }) {
  let postgres;
  try {
    postgres = await startPostgres();
  } catch (error) {
    if (error.message !== NO_POSTGRES_MESSAGE) throw error;
    console.log(`Skipped: ${error.message}`);
    return;
  }
  const stops = [() => postgres.stop()];
  try {
    const env = { DATABASE_URL: postgres.url, ...testServerLimits };
    const first = await startApi({ port: ports[0], quiet: true, env });
    stops.unshift(() => first.stop());
    await suite(first.url);

    const second = await startApi({ port: ports[1], quiet: true, env });
    stops.unshift(() => second.stop());
    const proxy = await startRoundRobin(ports);
    stops.unshift(() => proxy.close());
    console.log('\nThe same suite against two instances behind a round-robin proxy:');
    await suite(proxy.url);
  } finally {
    for (const stop of stops) await stop();
  }
}
