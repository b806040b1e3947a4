/**
 * An email address the billing API will accept: a local part of letters, digits and `_'+-.`
 * (no leading, trailing or doubled dot) and a domain with a top-level name of two letters or more.
 */
const EMAIL = /^(?!\.)(?!.*\.\.)[A-Za-z0-9_'+.-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

export function normalizeEmail(input: string): string | undefined {
  const email = input.trim();
  return email.length <= 254 && EMAIL.test(email) ? email : undefined;
}
