import { join } from 'node:path';
import { startApi } from './api-server.mjs';
import { NO_POSTGRES_MESSAGE, startPostgres } from './postgres.mjs';
import { run } from './run.mjs';

// A conformance run makes many lookups, sign-ins and tokenizations from one address; the limits
// it checks (per user name, per account number) keep their real values.
const addressLimits = {
  FAILED_SIGN_INS_PER_ADDRESS: '1000',
  FAILED_LOOKUPS_PER_ADDRESS: '1000',
  TOKENIZE_PER_ADDRESS: '1000',
};

/** Starts a reference API on a fresh database in `scratch` and runs the conformance suite against it. */
export async function conformanceRun({ port, scratch, env = {} }) {
  const api = await startApi({
    port,
    quiet: true,
    env: { DB_PATH: join(scratch, 'conformance.sqlite'), ...addressLimits, ...env },
  });
  try {
    await run('node', ['conformance/run.mjs', '--api', api.url, '--tenant', 'san-clemente']);
  } finally {
    await api.stop();
  }
}

/**
 * The same run on a throwaway PostgreSQL server. Without one, and without root to install one,
 * it prints how to point the tests at a server and returns, so the rest of `npm test` runs.
 */
export async function conformanceRunOnPostgres({ port, scratch }) {
  let postgres;
  try {
    postgres = await startPostgres();
  } catch (error) {
    if (error.message !== NO_POSTGRES_MESSAGE) throw error;
    console.log(`Skipped: ${error.message}`);
    return;
  }
  try {
    await conformanceRun({ port, scratch, env: { DATABASE_URL: postgres.url } });
  } finally {
    await postgres.stop();
  }
}
