import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findChromium } from './scripts/lib/browser.mjs';
import { ports } from './scripts/lib/ports.mjs';

// Browser tests, against the reference billing API that scripts/test.mjs starts on ports.testApi.
// Run one folder: npx wtr --files 'test/consent/**/*.test.ts'
export default {
  files: ['test/**/*.test.ts', '!test/node/**', '!test/e2e/**'],
  hostname: 'localhost',
  port: ports.testPage,
  nodeResolve: { exportConditions: ['development', 'browser'] },
  concurrency: 1,
  testFramework: { config: { timeout: 15_000 } },
  browserStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium() ?? '/usr/bin/chromium', args: chromiumArgs },
    }),
  ],
};
