import type { Context } from 'hono';
import * as z from 'zod/mini';
import { ProblemError } from './problem.js';

/**
 * Reads and validates a JSON request body with a contract schema. Requiring the JSON content
 * type also keeps cross-site HTML forms (which cannot send it without a preflight) out.
 */
export async function readJson<T>(c: Context, schema: z.ZodMiniType<T>): Promise<T> {
  const contentType = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(contentType)) {
    throw new ProblemError(415, 'malformed_json', { detail: 'Send the body as application/json.' });
  }
  let data: unknown;
  try {
    data = JSON.parse(await c.req.text());
  } catch {
    throw new ProblemError(400, 'malformed_json');
  }
  const result = z.safeParse(schema, data);
  if (!result.success) {
    const errors = result.error.issues.map((issue) => ({ field: issue.path.join('.'), code: issueCode(issue) }));
    throw new ProblemError(422, 'validation', { errors });
  }
  return result.data;
}

/** The issue's code, or the named code a custom rule gives itself (e.g. `forbidden_characters`). */
function issueCode(issue: z.core.$ZodIssue): string {
  const named = issue.code === 'custom' ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
  return typeof named === 'string' ? named : issue.code;
}
