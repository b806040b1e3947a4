// Requests per second and p50/p99 latency of the reference billing API for guest lookups, fee
// quotes and payments, with autocannon on loopback. Each scenario runs for a few seconds only
// (the machine is shared). Figures go to docs/benchmarks.md.
//   node benchmarks/api-load.mjs [sqlite|postgres] [instances=1] [seconds=10] [connections=10]
// PostgreSQL: a throwaway server is started (see scripts/lib/postgres.mjs); with 2 or more
// instances a small round-robin proxy stands in front of them.
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi } from '../scripts/lib/api-server.mjs';
import { startRoundRobin } from '../scripts/lib/round-robin-proxy.mjs';

const [database = 'sqlite', instanceArg = '1', secondsArg = '10', connectionsArg = '10'] = process.argv.slice(2);
const instances = Number(instanceArg);
const seconds = Number(secondsArg);
const connections = Number(connectionsArg);
if (!['sqlite', 'postgres'].includes(database) || !(instances >= 1) || !(seconds > 0) || !(connections >= 1)) {
  console.error('Usage: node benchmarks/api-load.mjs [sqlite|postgres] [instances] [seconds] [connections]');
  process.exit(2);
}

const TENANT = '/v1/tenants/san-clemente';
const LOOKUP = { kind: 'account', accountNumber: '482910375', zip: '92672' };
const CARD = {
  type: 'card',
  number: '4242424242424242',
  expMonth: 12,
  expYear: 2030,
  cvc: '123',
  name: 'Load Test',
  zip: '92672',
};
const PAYMENT_CENTS = 100;
// Payments need a fresh lookup and card token each; this many are made before the clock starts,
// and the payment scenario ends when they are used up or after `seconds`, whichever comes first.
const PAYMENT_POOL = 2500;
// Everything comes from 127.0.0.1; the per-address limits would otherwise stop the run.
const LIMITS = {
  FAILED_SIGN_INS_PER_ADDRESS: '1000000',
  FAILED_LOOKUPS_PER_ADDRESS: '1000000',
  TOKENIZE_PER_ADDRESS: '1000000',
};

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function post(base, path, body) {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Payment bodies with their own lookup and card tokens, made 8 at a time. */
async function paymentPool(base) {
  const { feeCents } = await post(base, `${TENANT}/fee-quotes`, { amountCents: PAYMENT_CENTS, method: 'card' });
  const pool = [];
  let claimed = 0;
  const worker = async () => {
    while (claimed < PAYMENT_POOL) {
      claimed += 1;
      const [lookup, method] = await Promise.all([
        post(base, `${TENANT}/lookups`, LOOKUP),
        post(base, `${TENANT}/payment-methods`, CARD),
      ]);
      pool.push({
        source: { kind: 'lookup', lookupToken: lookup.lookupToken },
        amountCents: PAYMENT_CENTS,
        paymentMethodToken: method.token,
        expectedFeeCents: feeCents,
        receiptEmail: null,
        bankAuthorization: false,
      });
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return pool;
}

/** Runs one scenario for `seconds`, or until `amount` requests when given (then at most `seconds`). */
function load(base, request, amount) {
  return new Promise((resolve, reject) => {
    const options = { url: base, connections, requests: [request], ...(amount ? { amount } : { duration: seconds }) };
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    if (amount) setTimeout(() => instance.stop(), seconds * 1000).unref();
  });
}

function row(scenario, result) {
  const ok = result['2xx'];
  return {
    database,
    instances,
    scenario,
    'req/s': Math.round(ok / result.duration),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    'non-2xx': result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

const scratch = mkdtempSync(join(tmpdir(), 'civicpay-load-'));
const stops = [];
try {
  let env = { ...LIMITS, DB_PATH: join(scratch, 'load.sqlite') };
  if (database === 'postgres') {
    const { startPostgres } = await import('../scripts/lib/postgres.mjs');
    const postgres = await startPostgres();
    stops.push(() => postgres.stop());
    env = { ...LIMITS, DATABASE_URL: postgres.url };
  }
  const ports = [];
  for (let i = 0; i < instances; i += 1) {
    const port = await freePort();
    const api = await startApi({ port, quiet: true, env });
    stops.unshift(() => api.stop());
    ports.push(port);
  }
  let base = `http://127.0.0.1:${ports[0]}`;
  if (instances > 1) {
    const proxy = await startRoundRobin(ports);
    stops.unshift(() => proxy.close());
    base = proxy.url;
  }

  const json = { 'content-type': 'application/json' };
  const results = [];
  const pool = await paymentPool(base);
  results.push(
    row(
      'lookup',
      await load(base, { method: 'POST', path: `${TENANT}/lookups`, headers: json, body: JSON.stringify(LOOKUP) }),
    ),
  );
  const quote = JSON.stringify({ amountCents: 8417, method: 'card' });
  results.push(
    row('fee quote', await load(base, { method: 'POST', path: `${TENANT}/fee-quotes`, headers: json, body: quote })),
  );
  let key = 0;
  const payment = {
    method: 'POST',
    path: `${TENANT}/payments`,
    setupRequest: (request) => {
      key += 1;
      const body = JSON.stringify(pool[key - 1]);
      return { ...request, headers: { ...json, 'idempotency-key': `load-${process.pid}-${key}` }, body };
    },
  };
  results.push(row('payment', await load(base, payment, pool.length)));
  console.table(results);
} finally {
  for (const stop of stops) await stop();
  rmSync(scratch, { recursive: true, force: true });
}
