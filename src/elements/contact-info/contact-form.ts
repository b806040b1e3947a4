import type * as z from 'zod/mini';
import { Address, Phones, type Profile, type ProfileUpdate } from '../../api/schemas.js';
import { checkEmail } from '../../core/email.js';
import { invalid, valid, type FieldCheck } from '../../core/field-check.js';
import { bySchema } from '../../core/schema-rule.js';
import { normalizeZip } from '../../core/zip.js';
import { normalizePhone } from './phone.js';
import { normalizeState } from './postal.js';

export const contactFields = ['email', 'home', 'mobile', 'fax', 'line1', 'line2', 'city', 'state', 'zip'] as const;
export type ContactField = (typeof contactFields)[number];
export type ContactValues = Record<ContactField, string>;

export type ContactError =
  'errorRequired' | 'errorEmail' | 'errorPhone' | 'errorState' | 'errorZip' | 'errorTooLong' | 'errorServerField';

type FieldSchema = z.ZodMiniType<string | null>;

const phoneFields = ['home', 'mobile', 'fax'] as const;
const required: ReadonlySet<ContactField> = new Set(['email', 'line1', 'city', 'state', 'zip']);

/** Reads the typed text into the API's format; the API's schema for the field has the last word. */
const rules: Record<Exclude<ContactField, 'line2'>, (text: string) => FieldCheck<string, ContactError>> = {
  email: (text) => {
    const email = checkEmail(text);
    return email.ok ? email : invalid('errorEmail');
  },
  home: (text) => phone(text, Phones.shape.home),
  mobile: (text) => phone(text, Phones.shape.mobile),
  fax: (text) => phone(text, Phones.shape.fax),
  line1: (text) => addressText(Address.shape.line1, text),
  city: (text) => addressText(Address.shape.city, text),
  state: (text) => checked(normalizeState(text), Address.shape.state, 'errorState'),
  zip: (text) => {
    const zip = normalizeZip(text, true);
    return checked(zip.ok ? zip.value : undefined, Address.shape.zip, 'errorZip');
  },
};

function checked(
  value: string | undefined,
  schema: FieldSchema,
  error: ContactError,
): FieldCheck<string, ContactError> {
  const check = value === undefined ? undefined : bySchema(schema, value);
  return check?.ok && check.value !== null ? valid(check.value) : invalid(error);
}

function phone(text: string, schema: FieldSchema): FieldCheck<string, ContactError> {
  return checked(normalizePhone(text), schema, 'errorPhone');
}

/** Too long, or holding characters other systems cannot show safely. */
function addressText(schema: FieldSchema, text: string): FieldCheck<string, ContactError> {
  const check = bySchema(schema, text);
  if (check.ok && check.value !== null) return valid(check.value);
  return invalid(!check.ok && check.error === 'too_big' ? 'errorTooLong' : 'errorServerField');
}

/** A field's value in the API's format (null when an optional field is empty), or the reason it cannot be saved. */
export function checkField(field: ContactField, raw: string): FieldCheck<string | null, ContactError> {
  const text = raw.trim();
  if (text === '') return required.has(field) ? invalid('errorRequired') : valid(null);
  return field === 'line2' ? addressText(Address.shape.line2, text) : rules[field](text);
}

export function validate(values: ContactValues): Partial<Record<ContactField, ContactError>> {
  const errors: Partial<Record<ContactField, ContactError>> = {};
  for (const field of contactFields) {
    const result = checkField(field, values[field]);
    if (!result.ok) errors[field] = result.error;
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
    return result.ok ? result.value : null;
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
