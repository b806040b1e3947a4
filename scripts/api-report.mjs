// The public API of each npm entry, as API Extractor reports it from the built declarations in
// dist/lib (run `npm run build` first). `npm test` runs it after the build and fails when an
// entry's surface differs from its committed report in etc/; `node scripts/api-report.mjs
// --update` rewrites the reports, for a change to the public API made on purpose.
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Each npm entry point (package.json `exports`), its declarations and its report. */
export const entries = [
  { entry: 'civicpay', types: 'dist/lib/index.d.ts', report: 'civicpay' },
  { entry: 'civicpay/consent', types: 'dist/lib/consent/index.d.ts', report: 'civicpay-consent' },
  { entry: 'civicpay/api', types: 'dist/lib/api/index.d.ts', report: 'civicpay-api' },
];

const quiet = { logLevel: 'none', addToApiReportFile: false };
/** Findings that name a problem of the surface itself stay in the report, where a reviewer sees them. */
const inReport = { logLevel: 'none', addToApiReportFile: true };

function configFor({ types, report }) {
  return ExtractorConfig.prepare({
    configObjectFullPath: resolve(root, 'api-extractor.json'),
    packageJsonFullPath: resolve(root, 'package.json'),
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: resolve(root, types),
      compiler: {
        overrideTsconfig: {
          compilerOptions: { lib: ['ES2023', 'DOM', 'DOM.Iterable'], skipLibCheck: true, types: [] },
          files: [resolve(root, types)],
        },
      },
      apiReport: {
        enabled: true,
        reportFileName: `${report}.api.md`,
        reportFolder: resolve(root, 'etc'),
        reportTempFolder: resolve(root, 'dist/api-report'),
        // What a site may use: members marked @internal (element plumbing) are left out.
        reportVariants: ['public'],
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        compilerMessageReporting: { default: { logLevel: 'warning' } },
        // Doc comments use the Custom Elements Manifest's tags (@slot, @csspart, @cssprop…).
        tsdocMessageReporting: { default: quiet },
        extractorMessageReporting: {
          default: inReport,
          // Release tags (@public, @beta) are a staging scheme this package does not use, and
          // which members lack a doc comment is the linter's business, not the surface's.
          'ae-missing-release-tag': quiet,
          'ae-undocumented': quiet,
          // Its findings name lines of the built declarations, so an edit above them would fail the
          // check with no change to the surface; the types it names still appear where they are used.
          'ae-forgotten-export': quiet,
        },
      },
    },
  });
}

/** Checks every entry against its report (or rewrites the reports); returns the entries that differ. */
export function checkApiReports({ update = false } = {}) {
  const differing = [];
  if (update) mkdirSync(resolve(root, 'etc'), { recursive: true });
  for (const entry of entries) {
    if (!existsSync(resolve(root, entry.types))) throw new Error(`${entry.types} is missing: run npm run build first.`);
    const result = Extractor.invoke(configFor(entry), { localBuild: update, messageCallback: keepQuiet });
    if (!result.succeeded || result.apiReportChanged) differing.push(entry);
    const outcome = result.apiReportChanged
      ? update
        ? 'updated'
        : 'DIFFERS'
      : result.succeeded
        ? 'unchanged'
        : 'FAILED';
    console.log(`${entry.entry.padEnd(18)} etc/${entry.report}.public.api.md: ${outcome}`);
  }
  return differing;
}

/** API Extractor's progress lines; its warnings and errors still print. */
function keepQuiet(message) {
  if (message.logLevel === 'info' || message.logLevel === 'verbose') message.handled = true;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const update = process.argv.includes('--update');
  const differing = checkApiReports({ update });
  if (differing.length > 0 && !update) {
    console.error(
      `The public API of ${differing.map(({ entry }) => entry).join(', ')} differs from etc/. If the change is ` +
        'meant, run `node scripts/api-report.mjs --update`, commit etc/ and say why in docs/integration.md#npm.',
    );
    process.exit(1);
  }
}
