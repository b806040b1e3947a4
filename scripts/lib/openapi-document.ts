import * as z from 'zod/mini';
import { operations, type Operation } from '../../src/api/routes.js';
import { Problem } from '../../src/api/schemas.js';
import { version } from '../../src/version.js';

const problemResponse = {
  description: 'An RFC 9457 problem with a stable `code`',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

/** The OpenAPI 3.1 document of the billing API, generated from the same schemas the code uses. */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of operations as readonly Operation[]) {
    paths[operation.path] ??= {};
    paths[operation.path][operation.method] = describe(operation);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'civicpay billing API',
      version,
      description: 'Shared billing API behind the civicpay widgets. Money is integer cents.',
    },
    paths,
    components: {
      schemas: { Problem: jsonSchema(Problem) },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Session token from sign-in' },
        receipt: { type: 'apiKey', in: 'header', name: 'X-Receipt-Token' },
      },
    },
  };
}

function describe(operation: Operation) {
  const parameters = [
    ...[...operation.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    })),
    ...Object.entries(operation.query ?? {}).map(([name, description]) => ({
      name,
      in: 'query',
      required: false,
      description,
      schema: { type: 'string' },
    })),
    ...(operation.idempotencyKey
      ? [
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: true,
            schema: { type: 'string', minLength: 8, maxLength: 200 },
          },
        ]
      : []),
  ];
  return {
    operationId: operation.id,
    summary: operation.summary,
    ...(parameters.length ? { parameters } : {}),
    ...(operation.auth ? { security: [{ [operation.auth]: [] }] } : {}),
    ...(operation.request
      ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(operation.request) } } } }
      : {}),
    responses: {
      [operation.status]: operation.response
        ? { description: 'Success', content: { 'application/json': { schema: jsonSchema(operation.response) } } }
        : { description: 'Success, no content' },
      default: problemResponse,
    },
  };
}

function jsonSchema(schema: z.ZodMiniType) {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}
