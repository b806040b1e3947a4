import * as z from 'zod/mini';

/** Parses configuration read at startup, or throws an error naming each bad field and its value. */
export function parseConfig<T>(schema: z.ZodMiniType<T>, value: unknown, what: string): T {
  const result = z.safeParse(schema, value, { reportInput: true });
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${issue.path.join('.') || 'the value'} ${JSON.stringify(issue.input)}: ${issue.message}`,
  );
  throw new Error(`${what} is invalid: ${[...new Set(problems)].join('; ')}`);
}
