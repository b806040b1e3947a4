// npm run conformance -- --api <URL> --tenant <id> [--data <file>] [--openapi <file>] [--skip-limits]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

// Limits last: once they trip, the API may refuse this address for a while.
const FILES = ['01-contract', '02-problems', '03-cors', '04-idempotency', '05-tokens', '06-limits'].map((name) =>
  fileURLToPath(new URL(`./${name}.test.mjs`, import.meta.url)),
);

const usage = `Usage: npm run conformance -- --api <URL> --tenant <id> [--data <demo-data.json>] [--openapi <openapi.json>] [--skip-limits]
See docs/conformance.md.`;

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
  console.error(`${error.message}\n${usage}`);
  process.exit(2);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (!values.api || !/^https?:\/\/[^/]/.test(values.api) || !values.tenant) {
  console.error(`--api (an http or https URL) and --tenant are required.\n${usage}`);
  process.exit(2);
}

const child = spawn(process.execPath, ['--test', '--test-concurrency=1', ...FILES], {
  stdio: 'inherit',
  env: {
    ...process.env,
    CONFORMANCE_API: values.api,
    CONFORMANCE_TENANT: values.tenant,
    CONFORMANCE_DATA: values.data ?? '',
    CONFORMANCE_OPENAPI: values.openapi ?? '',
    CONFORMANCE_SKIP_LIMITS: values['skip-limits'] ? '1' : '',
  },
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
