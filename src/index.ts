// The `civicpay` entry: what a site that builds with npm uses besides the define/ modules. Its
// surface is guarded by etc/civicpay.api.md (scripts/api-report.mjs); internals stay out, and
// the API client and schemas are in `civicpay/api`, the consent engine in `civicpay/consent`.
export { configure, type GlobalConfig } from './core/global-config.js';
export { locales, type Locale } from './core/locale.js';
export type { MessageOverrides } from './core/i18n/catalog.js';
export * from './core/events.js';
export {
  BillingError,
  billingErrorCodes,
  isBillingError,
  type BillingErrorCode,
  type BillingErrorDetails,
  type FieldError,
} from './api/errors.js';
// What the events and the payment fields hand a page.
export type { ConsentCategories, Customer, Payment, PaymentMethodToken, Profile } from './api/schemas.js';
export type { PaymentMethodType } from './frame/protocol.js';
export { CivicElement, type ConfigState } from './core/civic-element.js';
export type { ConsentElement } from './elements/consent-shared/consent-element.js';
export { CivicProvider } from './elements/provider/provider.js';
export { CivicLogin } from './elements/login/login.js';
export { CivicBalance } from './elements/balance/balance.js';
export { CivicActivity } from './elements/activity/activity.js';
export { CivicContactInfo } from './elements/contact-info/contact-info.js';
export { CivicSessions } from './elements/sessions/sessions.js';
export { CivicGuestPay } from './elements/guest-pay/guest-pay.js';
export { CivicPaymentFields } from './elements/payment-fields/payment-fields.js';
export { PaymentFieldsError, type PaymentFieldsErrorCode } from './elements/payment-fields/payment-fields-error.js';
export { CivicConsentBanner } from './elements/consent-banner/consent-banner.js';
export { CivicConsentPreferences } from './elements/consent-preferences/consent-preferences.js';
export { CivicPrivacyNotice } from './elements/privacy-notice/privacy-notice.js';
export { CivicLinkNotice } from './elements/link-notice/link-notice.js';
