export type EmailCheck = { ok: true; email: string | null } | { ok: false; error: 'email_invalid' };

/** The receipt email is optional; when given it must look like one address. */
export function checkReceiptEmail(input: string): EmailCheck {
  const email = input.trim();
  if (email === '') return { ok: true, email: null };
  const valid = email.length <= 254 && /^[^\s@,;<>]+@[^\s@,;<>.]+(\.[^\s@,;<>.]+)+$/.test(email);
  return valid ? { ok: true, email } : { ok: false, error: 'email_invalid' };
}
