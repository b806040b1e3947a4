import type { FieldCheck } from '../core/field-check.js';
import type { TextKey } from './messages.js';
import type { CardBrand } from './validators/card-brands.js';
import { validateCardNumber } from './validators/card-number.js';
import { validateExpiry } from './validators/expiry.js';
import { validateSecurityCode } from './validators/security-code.js';
import { validateName, validatePostalCode } from './validators/text-fields.js';
import { validateRoutingNumber } from './validators/routing-number.js';
import { validateAccountNumber } from './validators/account-number.js';

export type FieldName =
  | 'cardNumber'
  | 'expiry'
  | 'securityCode'
  | 'cardName'
  | 'postalCode'
  | 'routingNumber'
  | 'accountNumber'
  | 'holderName';

export interface ValidationContext {
  acceptedBrands: readonly CardBrand[];
  /** The brand of the card number typed so far. */
  brand: CardBrand | undefined;
  now: Date;
}

export interface FieldSpec {
  name: FieldName;
  label: TextKey;
  autocomplete?: string;
  numeric?: boolean;
  maxLength: number;
  /** Half-width fields sit two to a row when there is room. */
  half?: boolean;
  validate: (value: string, context: ValidationContext) => FieldCheck<unknown, TextKey>;
}

export const cardFields: FieldSpec[] = [
  {
    name: 'cardNumber',
    label: 'cardNumber',
    autocomplete: 'cc-number',
    numeric: true,
    maxLength: 26,
    validate: (value, context) => validateCardNumber(value, context.acceptedBrands),
  },
  {
    name: 'expiry',
    label: 'expiry',
    autocomplete: 'cc-exp',
    numeric: true,
    maxLength: 9,
    half: true,
    validate: (value, context) => validateExpiry(value, context.now),
  },
  {
    name: 'securityCode',
    label: 'securityCode',
    autocomplete: 'cc-csc',
    numeric: true,
    maxLength: 4,
    half: true,
    validate: (value, context) => validateSecurityCode(value, context.brand),
  },
  { name: 'cardName', label: 'cardName', autocomplete: 'cc-name', maxLength: 100, validate: validateName },
  {
    name: 'postalCode',
    label: 'postalCode',
    autocomplete: 'postal-code',
    numeric: true,
    maxLength: 10,
    validate: validatePostalCode,
  },
];

export const bankFields: FieldSpec[] = [
  {
    name: 'routingNumber',
    label: 'routingNumber',
    numeric: true,
    maxLength: 11,
    validate: validateRoutingNumber,
  },
  { name: 'accountNumber', label: 'accountNumber', numeric: true, maxLength: 21, validate: validateAccountNumber },
  { name: 'holderName', label: 'holderName', autocomplete: 'name', maxLength: 100, validate: validateName },
];

/** The billing API's field names (problem+json `errors[].field`) mapped onto the frame's fields. */
export const apiFieldNames: Record<string, FieldName> = {
  number: 'cardNumber',
  expMonth: 'expiry',
  expYear: 'expiry',
  cvc: 'securityCode',
  name: 'cardName',
  zip: 'postalCode',
  routingNumber: 'routingNumber',
  accountNumber: 'accountNumber',
  holderName: 'holderName',
};
