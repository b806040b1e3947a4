import type { FrameLocale } from './protocol.js';

/** Every string the frame shows, in English and Spanish. Kept apart from the host catalogs, which need Lit. */
const en = {
  pageTitle: 'Payment details',
  formCard: 'Card details',
  formBank: 'Bank account details',
  cardNumber: 'Card number',
  cardNumberHint: (brands: string) => `We accept ${brands}.`,
  brandDetected: (brand: string) => `Card type: ${brand}`,
  expiry: 'Expiration date',
  expiryHint: 'MM/YY, as printed on the card',
  securityCode: 'Security code',
  securityCodeHint3: 'The 3 digits on the back of the card',
  securityCodeHint4: 'The 4 digits on the front of the card',
  cardName: 'Name on card',
  postalCode: 'Billing ZIP code',
  routingNumber: 'Routing number',
  routingNumberHint: 'The 9 digits at the bottom left of a check',
  accountNumber: 'Account number',
  accountNumberHint: '4 to 17 digits',
  accountType: 'Account type',
  checking: 'Checking',
  savings: 'Savings',
  holderName: 'Name on the account',
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  or: 'or',
  refused: "This payment form can only be used on the city's websites.",
  unavailable: 'The payment form is not available right now. Please try again later.',
  methodNotAccepted: 'This payment method is not accepted here.',
  cardNumberRequired: 'Enter the card number.',
  cardNumberCharacters: 'Use only digits in the card number.',
  cardBrandUnknown: 'This card number is not one we recognize. Check the number.',
  cardBrandNotAccepted: 'This card type is not accepted here. Use another card.',
  cardNumberLength: 'The card number is not the right length. Check the number.',
  cardNumberChecksum: 'The card number is not valid. Check for a mistyped digit.',
  expiryRequired: 'Enter the expiration date.',
  expiryFormat: 'Enter the expiration date as MM/YY, for example 04/28.',
  expiryMonth: 'The expiration month must be from 01 to 12.',
  expiryPast: 'This card has expired. Use another card.',
  expiryTooFar: 'No card is valid that far ahead. Check the expiration date.',
  securityCodeRequired: 'Enter the security code.',
  securityCodeLength3: 'The security code is 3 digits.',
  securityCodeLength4: 'The security code is 4 digits.',
  nameRequired: 'Enter the name.',
  nameTooLong: 'The name can be at most 100 characters.',
  postalCodeRequired: 'Enter the billing ZIP code.',
  postalCodeFormat: 'Enter a 5-digit ZIP code.',
  routingRequired: 'Enter the routing number.',
  routingLength: 'The routing number is 9 digits.',
  routingPrefix: 'This is not a US bank routing number. Check the number.',
  routingChecksum: 'The routing number is not valid. Check for a mistyped digit.',
  accountRequired: 'Enter the account number.',
  accountLength: 'The account number is 4 to 17 digits.',
  serverRejected: 'The billing service did not accept this value. Check it.',
  tokenizeWait: (wait: string) =>
    `For your security, payment details cannot be checked right now. You can try again in ${wait}.`,
  waitSeconds: (seconds: number) => (seconds === 1 ? '1 second' : `${seconds} seconds`),
  waitMinutes: (minutes: number) => (minutes === 1 ? '1 minute' : `${minutes} minutes`),
};

export type FrameMessages = typeof en;
export type MessageKey = keyof FrameMessages;

const es: FrameMessages = {
  pageTitle: 'Datos de pago',
  formCard: 'Datos de la tarjeta',
  formBank: 'Datos de la cuenta bancaria',
  cardNumber: 'Número de tarjeta',
  cardNumberHint: (brands) => `Aceptamos ${brands}.`,
  brandDetected: (brand) => `Tipo de tarjeta: ${brand}`,
  expiry: 'Fecha de vencimiento',
  expiryHint: 'MM/AA, como aparece en la tarjeta',
  securityCode: 'Código de seguridad',
  securityCodeHint3: 'Los 3 dígitos al reverso de la tarjeta',
  securityCodeHint4: 'Los 4 dígitos al frente de la tarjeta',
  cardName: 'Nombre en la tarjeta',
  postalCode: 'Código postal de facturación',
  routingNumber: 'Número de ruta bancaria',
  routingNumberHint: 'Los 9 dígitos en la parte inferior izquierda de un cheque',
  accountNumber: 'Número de cuenta',
  accountNumberHint: 'De 4 a 17 dígitos',
  accountType: 'Tipo de cuenta',
  checking: 'Cheques',
  savings: 'Ahorros',
  holderName: 'Nombre del titular de la cuenta',
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  or: 'o',
  refused: 'Este formulario de pago solo se puede usar en los sitios web de la ciudad.',
  unavailable: 'El formulario de pago no está disponible en este momento. Inténtelo más tarde.',
  methodNotAccepted: 'Esta forma de pago no se acepta aquí.',
  cardNumberRequired: 'Escriba el número de tarjeta.',
  cardNumberCharacters: 'Use solo dígitos en el número de tarjeta.',
  cardBrandUnknown: 'No reconocemos este número de tarjeta. Revise el número.',
  cardBrandNotAccepted: 'Este tipo de tarjeta no se acepta aquí. Use otra tarjeta.',
  cardNumberLength: 'El número de tarjeta no tiene la cantidad correcta de dígitos. Revise el número.',
  cardNumberChecksum: 'El número de tarjeta no es válido. Revise si algún dígito está mal escrito.',
  expiryRequired: 'Escriba la fecha de vencimiento.',
  expiryFormat: 'Escriba la fecha de vencimiento como MM/AA, por ejemplo 04/28.',
  expiryMonth: 'El mes de vencimiento debe ser de 01 a 12.',
  expiryPast: 'Esta tarjeta está vencida. Use otra tarjeta.',
  expiryTooFar: 'Ninguna tarjeta vence tan lejos. Revise la fecha de vencimiento.',
  securityCodeRequired: 'Escriba el código de seguridad.',
  securityCodeLength3: 'El código de seguridad tiene 3 dígitos.',
  securityCodeLength4: 'El código de seguridad tiene 4 dígitos.',
  nameRequired: 'Escriba el nombre.',
  nameTooLong: 'El nombre puede tener como máximo 100 caracteres.',
  postalCodeRequired: 'Escriba el código postal de facturación.',
  postalCodeFormat: 'Escriba un código postal de 5 dígitos.',
  routingRequired: 'Escriba el número de ruta bancaria.',
  routingLength: 'El número de ruta bancaria tiene 9 dígitos.',
  routingPrefix: 'Este no es un número de ruta de un banco de EE. UU. Revise el número.',
  routingChecksum: 'El número de ruta bancaria no es válido. Revise si algún dígito está mal escrito.',
  accountRequired: 'Escriba el número de cuenta.',
  accountLength: 'El número de cuenta tiene de 4 a 17 dígitos.',
  serverRejected: 'El servicio de facturación no aceptó este valor. Revíselo.',
  tokenizeWait: (wait) =>
    `Por su seguridad, los datos de pago no se pueden verificar en este momento. Podrá intentarlo de nuevo en ${wait}.`,
  waitSeconds: (seconds) => (seconds === 1 ? '1 segundo' : `${seconds} segundos`),
  waitMinutes: (minutes) => (minutes === 1 ? '1 minuto' : `${minutes} minutos`),
};

const catalogs: Record<FrameLocale, FrameMessages> = { en, es };

export type TextKey = { [K in MessageKey]: FrameMessages[K] extends string ? K : never }[MessageKey];

export interface FrameText {
  (key: TextKey): string;
  catalog: FrameMessages;
}

/** The wait before the next try, in words: seconds up to a minute and a half, then whole minutes. */
export function waitText(t: FrameText, retryAfterSeconds: number | undefined): string {
  const seconds = retryAfterSeconds !== undefined && retryAfterSeconds > 0 ? Math.ceil(retryAfterSeconds) : 60;
  const wait = seconds > 90 ? t.catalog.waitMinutes(Math.ceil(seconds / 60)) : t.catalog.waitSeconds(seconds);
  return t.catalog.tokenizeWait(wait);
}

export function frameText(locale: FrameLocale): FrameText {
  const catalog = catalogs[locale];
  const t = (key: TextKey) => catalog[key];
  return Object.assign(t, { catalog });
}

/** Marks the frame's document with its language and a title in it, read by screen readers. */
export function applyDocumentLocale(locale: FrameLocale): void {
  document.documentElement.lang = locale;
  document.title = catalogs[locale].pageTitle;
}
