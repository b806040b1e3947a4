import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openApiDocument } from '../../scripts/lib/openapi-document.js';
import { openApiPath } from '../../scripts/openapi.js';

test('docs/openapi.json matches the zod schemas (run `npm run openapi` after changing them)', () => {
  const committed = JSON.parse(readFileSync(openApiPath, 'utf8'));
  assert.deepEqual(committed, JSON.parse(JSON.stringify(openApiDocument())));
});

test('every operation documents its success response, the problem response and 503 service_unavailable', () => {
  const document = openApiDocument();
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods as Record<string, { responses: object }>)) {
      assert.ok('default' in operation.responses, `${method} ${path} documents problems`);
      assert.ok('503' in operation.responses, `${method} ${path} documents 503 service_unavailable`);
      assert.ok(Object.keys(operation.responses).length >= 3, `${method} ${path} documents success`);
    }
  }
});
