import { join } from 'node:path';
import { startApi } from './api-server.mjs';
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
