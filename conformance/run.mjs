// npm run conformance -- --api <URL> --tenant <id> [--data <file>] [--openapi <file>] [--skip-limits]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readSettings } from './lib/settings.mjs';

// Node's runner takes the files in this order; limits come last because, once they trip, the
// API may refuse this address for a while.
const FILES = ['01-contract', '02-problems', '03-cors', '04-idempotency', '05-tokens', '06-limits'].map((name) =>
  fileURLToPath(new URL(`./${name}.test.mjs`, import.meta.url)),
);

const usage = `Usage: npm run conformance -- --api <URL> --tenant <id> [--data <demo-data.json>] [--openapi <openapi.json>] [--skip-limits]
See docs/conformance.md.`;

function fail(message) {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      api: { type: 'string' },
      tenant: { type: 'string' },
      data: { type: 'string' },
      openapi: { type: 'string' },
      'skip-limits': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  fail(error.message);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const env = {
  ...process.env,
  CONFORMANCE_API: values.api ?? '',
  CONFORMANCE_TENANT: values.tenant ?? '',
  CONFORMANCE_DATA: values.data ?? '',
  CONFORMANCE_OPENAPI: values.openapi ?? '',
  CONFORMANCE_SKIP_LIMITS: values['skip-limits'] ? '1' : '',
};
let settings;
try {
  settings = readSettings(env);
} catch (error) {
  fail(error.message);
}
try {
  await fetch(`${settings.api}/v1/tenants/${encodeURIComponent(settings.tenant)}`);
} catch (error) {
  fail(`Cannot reach ${settings.api}: ${error.cause?.message ?? error.message}`);
}

const child = spawn(process.execPath, ['--test', '--test-concurrency=1', ...FILES], { stdio: 'inherit', env });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
