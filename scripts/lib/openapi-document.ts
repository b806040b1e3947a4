import * as z from 'zod/mini';
import { operations, type OperationDoc, type RouteId } from '../../src/api/operations.js';
import * as routes from '../../src/api/routes.js';
import type { Route } from '../../src/api/routes.js';
import { Problem } from '../../src/api/schemas.js';
import { version } from '../../src/version.js';

const problemContent = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
const problemResponse = { description: 'An RFC 9457 problem with a stable `code`', content: problemContent };
/** Any operation may meet it: the reference server's database is unreachable or restarting. */
const serviceUnavailable = {
  description:
    'Problem `service_unavailable`: the service is briefly unavailable; try again after `Retry-After` seconds',
  headers: {
    'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer', minimum: 0 } },
  },
  content: problemContent,
};

/** The OpenAPI 3.1 document of the billing API, generated from the same schemas the code uses. */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  // In the order of operations.ts: a module namespace lists its names alphabetically.
  for (const [id, operation] of Object.entries(operations) as Array<[RouteId, OperationDoc]>) {
    const [method, path] = (routes[id] as Route).split(' ') as [string, string];
    paths[path] ??= {};
    paths[path][method.toLowerCase()] = describe(id, path, operation);
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
      responses: { ServiceUnavailable: serviceUnavailable },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Session token from sign-in' },
        receipt: { type: 'apiKey', in: 'header', name: 'X-Receipt-Token' },
      },
    },
  };
}

function describe(id: RouteId, path: string, operation: OperationDoc) {
  const parameters = [
    ...[...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
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
    operationId: id,
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
      503: { $ref: '#/components/responses/ServiceUnavailable' },
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
