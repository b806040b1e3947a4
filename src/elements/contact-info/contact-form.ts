import type { Profile, ProfileUpdate } from '../../api/schemas.js';
import { normalizeEmail } from './email.js';
import { normalizePhone } from './phone.js';
import { normalizeState, normalizeZip } from './postal.js';

export const contactFields = ['email', 'home', 'mobile', 'fax', 'line1', 'line2', 'city', 'state', 'zip'] as const;
export type ContactField = (typeof contactFields)[number];
export type ContactValues = Record<ContactField, string>;

export type ContactError =
  'errorRequired' | 'errorEmail' | 'errorPhone' | 'errorState' | 'errorZip' | 'errorTooLong' | 'errorServerField';

const phoneFields = ['home', 'mobile', 'fax'] as const;
const required: ReadonlySet<ContactField> = new Set(['email', 'line1', 'city', 'state', 'zip']);
/** The API's limits (src/api/schemas.ts Address). */
const maxLength: Partial<Record<ContactField, number>> = { line1: 200, line2: 200, city: 100 };

/** A field's value in the API's format, or the reason it cannot be saved. */
export function checkField(field: ContactField, raw: string): { value: string | null } | { error: ContactError } {
  const text = raw.trim();
  if (text === '') return required.has(field) ? { error: 'errorRequired' } : { value: null };
  if (text.length > (maxLength[field] ?? Infinity)) return { error: 'errorTooLong' };
  const normalize: Partial<Record<ContactField, (input: string) => string | undefined>> = {
    email: normalizeEmail,
    home: normalizePhone,
    mobile: normalizePhone,
    fax: normalizePhone,
    state: normalizeState,
    zip: normalizeZip,
  };
  const errors: Partial<Record<ContactField, ContactError>> = {
    email: 'errorEmail',
    home: 'errorPhone',
    mobile: 'errorPhone',
    fax: 'errorPhone',
    state: 'errorState',
    zip: 'errorZip',
  };
  const check = normalize[field];
  if (!check) return { value: text };
  const value = check(text);
  return value === undefined ? { error: errors[field]! } : { value };
}

export function validate(values: ContactValues): Partial<Record<ContactField, ContactError>> {
  const errors: Partial<Record<ContactField, ContactError>> = {};
  for (const field of contactFields) {
    const result = checkField(field, values[field]);
    if ('error' in result) errors[field] = result.error;
  }
  return errors;
}

export function valuesOf(profile: Profile): ContactValues {
  const { phones, mailingAddress: address } = profile;
  return {
    email: profile.email,
    home: phones.home ?? '',
    mobile: phones.mobile ?? '',
    fax: phones.fax ?? '',
    line1: address.line1,
    line2: address.line2 ?? '',
    city: address.city,
    state: address.state,
    zip: address.zip,
  };
}

/** The fields a change touches, named as in `CivicContactUpdatedEvent.changed`. */
export type ChangedField = 'email' | 'phones.home' | 'phones.mobile' | 'phones.fax' | 'mailingAddress';

/**
 * The PATCH body holding only what differs from `profile`, and the names of what changed.
 * Call with values that passed `validate`.
 */
export function changesFrom(
  profile: Profile,
  values: ContactValues,
): { update: ProfileUpdate; changed: ChangedField[] } {
  const value = (field: ContactField) => {
    const result = checkField(field, values[field]);
    return 'value' in result ? result.value : null;
  };
  const update: ProfileUpdate = {};
  const changed: ChangedField[] = [];
  const email = value('email')!;
  if (email !== profile.email) {
    update.email = email;
    changed.push('email');
  }
  for (const kind of phoneFields) {
    const phone = value(kind);
    if (phone !== profile.phones[kind]) {
      update.phones = { ...update.phones, [kind]: phone };
      changed.push(`phones.${kind}`);
    }
  }
  const address = {
    line1: value('line1')!,
    line2: value('line2'),
    city: value('city')!,
    state: value('state')!,
    zip: value('zip')!,
  };
  const before = profile.mailingAddress;
  const keys = ['line1', 'line2', 'city', 'state', 'zip'] as const;
  if (keys.some((key) => (address[key] ?? null) !== (before[key] ?? null))) {
    update.mailingAddress = address;
    changed.push('mailingAddress');
  }
  return { update, changed };
}

/** Maps the API's field path (`phones.home`, `mailingAddress.zip`) to the form field it names. */
export function fieldOfPath(path: string): ContactField | undefined {
  const name = path.replace(/^(phones|mailingAddress)\./, '');
  if (path === 'mailingAddress') return 'line1';
  return (contactFields as readonly string[]).includes(name) ? (name as ContactField) : undefined;
}
