import { Email } from '../api/schemas.js';
import { invalid, type FieldCheck } from './field-check.js';
import { bySchema } from './schema-rule.js';

export type EmailError = 'email_empty' | 'email_invalid';

/**
 * The one email rule of every widget: the billing API's `Email` schema, on the trimmed text. It
 * refuses what the API refuses, such as a local part with accents (`josé@example.com`).
 */
export function checkEmail(input: string): FieldCheck<string, EmailError> {
  const email = input.trim();
  if (email === '') return invalid('email_empty');
  const check = bySchema(Email, email);
  return check.ok ? check : invalid('email_invalid');
}
