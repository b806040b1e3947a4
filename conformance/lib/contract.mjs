import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/**
 * An object schema that also refuses members it does not list: a response that carries a field
 * the document lacks is a difference between server and document. Problem details stay open,
 * since RFC 9457 allows extension members.
 */
function closed(schema) {
  if (Array.isArray(schema)) return schema.map(closed);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, closed(value)]));
  if (copy.type === 'object' && copy.properties && copy.additionalProperties === undefined) {
    copy.additionalProperties = false;
  }
  return copy;
}

function templateRegExp(template) {
  const literal = (text) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(
    `^${template
      .split(/\{[^}]+\}/)
      .map(literal)
      .join('[^/]+')}$`,
  );
}

function describeErrors(errors) {
  return (errors ?? [])
    .map((error) => {
      const extra = error.params?.additionalProperty;
      return `${error.instancePath || '/'} ${error.message}${extra === undefined ? '' : ` (${extra})`}`;
    })
    .join('; ');
}

/**
 * The contract read from an OpenAPI document: which operations exist, and whether a response
 * (or a request the suite sends) fits the document.
 */
export function loadContract(file) {
  const document = JSON.parse(readFileSync(file, 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validateProblem = ajv.compile(document.components.schemas.Problem);

  const operations = [];
  for (const [template, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const [status, response] = Object.entries(operation.responses).find(([code]) => /^[23]\d\d$/.test(code));
      const responseSchema = response.content?.['application/json']?.schema;
      const requestSchema = operation.requestBody?.content?.['application/json']?.schema;
      operations.push({
        id: operation.operationId,
        method: method.toUpperCase(),
        template,
        regExp: templateRegExp(template),
        status: Number(status),
        validateResponse: responseSchema ? ajv.compile(closed(responseSchema)) : undefined,
        validateRequest: requestSchema ? ajv.compile(closed(requestSchema)) : undefined,
      });
    }
  }

  const pathOf = (path) => path.split('?')[0];
  const find = (method, path) =>
    operations.find((operation) => operation.method === method && operation.regExp.test(pathOf(path)));

  function problemDifferences(reply) {
    const differences = [];
    const type = reply.headers.get('content-type') ?? '';
    if (!type.startsWith('application/problem+json'))
      differences.push(`content type ${type}, not application/problem+json`);
    if (!validateProblem(reply.body)) differences.push(`problem body: ${describeErrors(validateProblem.errors)}`);
    else if (reply.body.status !== reply.status)
      differences.push(`problem status ${reply.body.status} ≠ ${reply.status}`);
    if (reply.status === 429 && !/^\d+$/.test(reply.headers.get('retry-after') ?? '')) {
      differences.push('429 without Retry-After in whole seconds');
    }
    return differences;
  }

  return {
    operations,
    find,
    /** Differences between a response and the document, as sentences; none when it fits. */
    responseDifferences(method, path, reply) {
      const operation = find(method, path);
      if (reply.status >= 400) return problemDifferences(reply);
      if (!operation) return [`answered ${reply.status}, but the document has no ${method} ${pathOf(path)}`];
      if (reply.status !== operation.status) {
        return [`answered ${reply.status}, but the document gives ${operation.status} for ${operation.id}`];
      }
      if (!operation.validateResponse) return reply.text === '' ? [] : ['a body where the document has none'];
      const type = reply.headers.get('content-type') ?? '';
      if (!type.startsWith('application/json')) return [`content type ${type}, not application/json`];
      if (operation.validateResponse(reply.body)) return [];
      return [`${operation.id} body: ${describeErrors(operation.validateResponse.errors)}`];
    },
    /** Differences between a request body the suite sends and the document's request schema. */
    requestDifferences(method, path, body) {
      const operation = find(method, path);
      if (!operation?.validateRequest) return [`the document has no request body for ${method} ${pathOf(path)}`];
      return operation.validateRequest(body) ? [] : [describeErrors(operation.validateRequest.errors)];
    },
  };
}
