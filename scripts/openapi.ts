// `npm run openapi`: writes docs/openapi.json from the zod schemas and the operations table.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { openApiDocument } from './lib/openapi-document.js';

export const openApiPath = 'docs/openapi.json';

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(openApiPath, `${JSON.stringify(openApiDocument(), null, 2)}\n`);
  console.log(`Wrote ${openApiPath}`);
}
