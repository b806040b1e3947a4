import { checkEmail } from '../../core/email.js';
import { invalid, valid, type FieldCheck } from '../../core/field-check.js';

/**
 * The receipt email is optional; when given it must be one address the billing API takes. An
 * address the API has refused (`refused`) stays refused while the resident leaves it as it is.
 */
export function checkReceiptEmail(input: string, refused?: string): FieldCheck<string | null, 'email_invalid'> {
  const email = checkEmail(input);
  if (email.ok) return email.value === refused ? invalid('email_invalid') : email;
  return email.error === 'email_empty' ? valid(null) : invalid(email.error);
}
