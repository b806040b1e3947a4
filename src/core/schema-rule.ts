import type * as z from 'zod/mini';
import { invalid, valid, type FieldCheck } from './field-check.js';

/**
 * A field checked by the billing API's own schema for it (src/api/schemas.ts): the value as the
 * API reads it, or the code of the first problem (`too_big`, `invalid_format`…), the one the API
 * would answer. The widget then refuses exactly what the API would refuse.
 */
export function bySchema<T>(schema: z.ZodMiniType<T>, value: unknown): FieldCheck<T, string> {
  const result = schema.safeParse(value);
  return result.success ? valid(result.data) : invalid(result.error.issues[0]!.code);
}
