/**
 * The billing API contract (v1). These zod schemas are the single source of truth for the
 * browser client, the reference server in examples/billing-api and docs/openapi.json.
 * Money is always integer cents.
 */
import * as z from 'zod/mini';

/**
 * A request body's schema, which the server checks and the widgets' code need not carry: a
 * bundler takes zod's builders for side effects, and this call, which it may drop when nothing
 * reads its result, lets it leave the schema out.
 */
/* @__NO_SIDE_EFFECTS__ */
function requestBody<T>(build: () => T): T {
  return build();
}

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
/**
 * Control characters (C0, DEL, C1, line and paragraph separators) and the bidi embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can reorder or hide text when it
 * reaches back-office screens and exports. Left-to-right and right-to-left marks stay allowed.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const safeCharacters = z.refine<string>((value) => !UNSAFE_CHARACTERS.test(value), {
  params: { code: 'forbidden_characters' },
});
/** Text a person typed that other systems will read (names, addresses): NFC, trimmed, no controls. */
const personText = (max: number) =>
  z.string().check(z.normalize('NFC'), z.trim(), z.minLength(1), z.maxLength(max), safeCharacters);
const cents = z.int().check(z.gte(-100_000_000_00), z.lte(100_000_000_00));
const nonNegativeCents = z.int().check(z.gte(0), z.lte(100_000_000_00));
const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });
const hexColor = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/));
const httpUrl = z.string().check(z.regex(/^https?:\/\/[^\s]+$/), z.maxLength(2000));
/**
 * Scheme, host and port: no path or `/` (they never match `event.origin`) and nothing that could
 * add directives to the payment frame's CSP, such as `;` or `,`. The billing API also checks that
 * each origin is exactly what a browser sends, a check too big to ship here.
 */
export const Origin = z.string().check(z.regex(/^https?:\/\/[a-z\d_.:[\]-]+$/));

export const Locale = z.enum(['en', 'es']);
export const PaymentMethodType = z.enum(['card', 'bank']);
export const CardBrand = z.enum(['visa', 'mastercard', 'amex', 'discover']);
export const PartialPaymentRule = z.enum(['allowed', 'full-only']);
/**
 * Paying more than is due (the rest stays as a credit): allowed up to the tenant's maximum,
 * allowed up to `maxCreditCents` over the amount due, or not allowed.
 */
export const OverpaymentRule = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('allowed') }),
  z.object({ rule: z.literal('up-to'), maxCreditCents: z.int().check(z.gte(0), z.lte(100_000_000_00)) }),
  z.object({ rule: z.literal('not-allowed') }),
]);
export type OverpaymentRule = z.infer<typeof OverpaymentRule>;

/**
 * When sign-in and guest lookup ask for a solved challenge: never, only after repeated failures
 * for the same user name, account number or client address, or always.
 */
export const ChallengeRule = z.enum(['off', 'after-failures', 'always']);

export const FeeRule = z.object({
  fixedCents: nonNegativeCents,
  /** Percentage of the amount in basis points (295 = 2.95 %). */
  basisPoints: z.int().check(z.gte(0), z.lte(10_000)),
});

export const Tenant = z.object({
  id: text(64),
  name: text(200),
  locales: z.array(Locale).check(z.minLength(1)),
  paymentMethods: z.array(PaymentMethodType).check(z.minLength(1)),
  cardBrands: z.array(CardBrand),
  amount: z.object({
    minCents: nonNegativeCents,
    maxCents: nonNegativeCents,
    partialPayment: PartialPaymentRule,
    /** Absent means `allowed`. The API refuses more with 422 `overpayment_not_allowed`. */
    overpayment: z.optional(OverpaymentRule),
  }),
  convenienceFees: z.object({ card: FeeRule, bank: FeeRule }),
  privacyNotice: z.object({
    revision: text(64),
    lastUpdated: isoDate,
    url: httpUrl,
  }),
  support: z.object({
    phone: text(40),
    email: z.email(),
    hours: z.optional(text(200)),
  }),
  /** Origins of the city and affiliate sites that may embed the widgets and the payment frame. */
  allowedOrigins: z.array(Origin),
  consent: z.object({
    honorDoNotTrack: z.boolean(),
    recordConsent: z.boolean(),
  }),
  theme: z.object({
    colorPrimary: hexColor,
    colorPrimaryContrast: hexColor,
    radius: z.string().check(z.regex(/^\d{1,2}px$/)),
  }),
  /** Absent means `off`. */
  challenge: z.optional(ChallengeRule),
});
export type Tenant = z.infer<typeof Tenant>;

/**
 * A challenge the API issued: find a decimal `solution` such that SHA-256 of
 * `token + ":" + solution` starts with `difficultyBits` zero bits.
 */
export const Challenge = z.object({
  kind: z.literal('proof-of-work'),
  token: text(1000),
  algorithm: z.literal('SHA-256'),
  difficultyBits: z.int().check(z.gte(1), z.lte(32)),
  expiresAt: isoDateTime,
});
export type Challenge = z.infer<typeof Challenge>;

/** The answer to a challenge, sent with the sign-in or lookup it was asked for. Used once. */
export const ChallengeAnswer = z.object({
  token: text(1000),
  solution: z.string().check(z.regex(/^\d{1,20}$/)),
});
export type ChallengeAnswer = z.infer<typeof ChallengeAnswer>;

export const SignInRequest = requestBody(() =>
  z.object({
    username: text(100),
    password: z.string().check(z.minLength(1), z.maxLength(200)),
    challenge: z.optional(ChallengeAnswer),
  }),
);
export type SignInRequest = z.infer<typeof SignInRequest>;

export const Customer = z.object({
  username: text(100),
  displayName: text(200),
});
export type Customer = z.infer<typeof Customer>;

export const SessionInfo = z.object({
  expiresAt: isoDateTime,
  idleTimeoutSeconds: z.int().check(z.gte(60)),
  customer: Customer,
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const Session = z.extend(SessionInfo, { token: text(200) });

/** One of the resident's active sessions; `current` is the one asking. No device or address is kept. */
export const SessionSummary = z.object({
  id: text(64),
  createdAt: isoDateTime,
  expiresAt: isoDateTime,
  current: z.boolean(),
});
export type SessionSummary = z.infer<typeof SessionSummary>;

export const SessionList = z.object({ sessions: z.array(SessionSummary) });
export type SessionList = z.infer<typeof SessionList>;

export const EndedSessions = z.object({ ended: z.int().check(z.gte(0)) });
export type EndedSessions = z.infer<typeof EndedSessions>;
export type Session = z.infer<typeof Session>;

export const Address = z.object({
  line1: personText(200),
  line2: z.nullable(z.string().check(z.normalize('NFC'), z.trim(), z.maxLength(200), safeCharacters)),
  city: personText(100),
  state: z.string().check(z.regex(/^[A-Z]{2}$/)),
  zip: z.string().check(z.regex(/^\d{5}(-\d{4})?$/)),
});
export type Address = z.infer<typeof Address>;

export const AccountStatus = z.enum(['active', 'closed', 'disconnect-pending']);

export const Account = z.object({
  id: text(64),
  maskedNumber: text(32),
  serviceAddress: Address,
  /** Positive: owed. Negative: a credit on the account. */
  balanceCents: cents,
  amountDueCents: nonNegativeCents,
  dueDate: z.nullable(isoDate),
  pastDueCents: nonNegativeCents,
  status: AccountStatus,
  lastPayment: z.nullable(z.object({ amountCents: nonNegativeCents, date: isoDate })),
});
export type Account = z.infer<typeof Account>;

export const AccountList = z.object({ accounts: z.array(Account) });
export type AccountList = z.infer<typeof AccountList>;

export const ActivityType = z.enum(['bill', 'payment', 'adjustment']);
export const ActivityItem = z.object({
  id: text(64),
  type: ActivityType,
  date: isoDate,
  description: text(200),
  /** Signed: bills add to the balance, payments and credits subtract. */
  amountCents: cents,
});
export type ActivityItem = z.infer<typeof ActivityItem>;

export const ActivityPage = z.object({
  items: z.array(ActivityItem),
  nextCursor: z.nullable(text(200)),
});
export type ActivityPage = z.infer<typeof ActivityPage>;

export const Phones = z.object({
  home: z.nullable(z.string().check(z.regex(/^\(\d{3}\) \d{3}-\d{4}$/))),
  mobile: z.nullable(z.string().check(z.regex(/^\(\d{3}\) \d{3}-\d{4}$/))),
  fax: z.nullable(z.string().check(z.regex(/^\(\d{3}\) \d{3}-\d{4}$/))),
});
export type Phones = z.infer<typeof Phones>;

export const Profile = z.object({
  displayName: text(200),
  email: z.email(),
  phones: Phones,
  mailingAddress: Address,
  updatedAt: isoDateTime,
});
export type Profile = z.infer<typeof Profile>;

export const ProfileUpdate = requestBody(() =>
  z.object({
    email: z.optional(z.email()),
    phones: z.optional(z.partial(Phones)),
    mailingAddress: z.optional(Address),
    /**
     * Needed to change the email or the mailing address, unless the session signed in within the
     * last 5 minutes; without it (or with a wrong one) the API answers 403 `reauthentication_required`.
     */
    currentPassword: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  }),
);
export type ProfileUpdate = z.infer<typeof ProfileUpdate>;

export const LookupRequest = requestBody(() =>
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('account'),
      accountNumber: z.string().check(z.regex(/^\d{6,12}$/)),
      zip: z.string().check(z.regex(/^\d{5}$/)),
      challenge: z.optional(ChallengeAnswer),
    }),
    z.object({
      kind: z.literal('invoice'),
      invoiceNumber: z.string().check(z.regex(/^[A-Z]{2}-\d{3,10}$/)),
      zip: z.string().check(z.regex(/^\d{5}$/)),
      challenge: z.optional(ChallengeAnswer),
    }),
  ]),
);
export type LookupRequest = z.infer<typeof LookupRequest>;

export const Lookup = z.object({
  lookupToken: text(200),
  expiresAt: isoDateTime,
  payee: z.object({
    kind: z.enum(['account', 'invoice']),
    maskedNumber: text(32),
    displayName: text(200),
    maskedAddress: text(200),
  }),
  amountDueCents: nonNegativeCents,
  dueDate: z.nullable(isoDate),
  minCents: nonNegativeCents,
  maxCents: nonNegativeCents,
  partialPayment: PartialPaymentRule,
});
export type Lookup = z.infer<typeof Lookup>;

export const PaymentMethodRequest = requestBody(() =>
  z.discriminatedUnion('type', [
    z.object({
      type: z.literal('card'),
      number: z.string().check(z.regex(/^\d{12,19}$/)),
      expMonth: z.int().check(z.gte(1), z.lte(12)),
      expYear: z.int().check(z.gte(2000), z.lte(2100)),
      cvc: z.string().check(z.regex(/^\d{3,4}$/)),
      name: personText(100),
      zip: z.string().check(z.regex(/^\d{5}$/)),
    }),
    z.object({
      type: z.literal('bank'),
      routingNumber: z.string().check(z.regex(/^\d{9}$/)),
      accountNumber: z.string().check(z.regex(/^\d{4,17}$/)),
      accountType: z.enum(['checking', 'savings']),
      holderName: personText(100),
    }),
  ]),
);
export type PaymentMethodRequest = z.infer<typeof PaymentMethodRequest>;

export const PaymentMethodToken = z.object({
  token: text(200),
  type: PaymentMethodType,
  /** Card brand, or `bank` for a bank account. */
  brand: z.enum(['visa', 'mastercard', 'amex', 'discover', 'bank']),
  last4: z.string().check(z.regex(/^\d{4}$/)),
  expiresAt: isoDateTime,
});
export type PaymentMethodToken = z.infer<typeof PaymentMethodToken>;

export const FeeQuoteRequest = requestBody(() =>
  z.object({
    amountCents: z.int().check(z.gte(1)),
    method: PaymentMethodType,
  }),
);
export type FeeQuoteRequest = z.infer<typeof FeeQuoteRequest>;

export const FeeQuote = z.object({
  amountCents: nonNegativeCents,
  feeCents: nonNegativeCents,
  totalCents: nonNegativeCents,
});
export type FeeQuote = z.infer<typeof FeeQuote>;

export const PaymentSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('lookup'), lookupToken: text(200) }),
  /** Needs the signed-in resident's bearer token. */
  z.object({ kind: z.literal('account'), accountId: text(64) }),
]);
export type PaymentSource = z.infer<typeof PaymentSource>;

export const PaymentRequest = requestBody(() =>
  z.object({
    source: PaymentSource,
    amountCents: z.int().check(z.gte(1)),
    paymentMethodToken: text(200),
    /** The fee the resident reviewed; a different server fee is refused with `fee_changed`. */
    expectedFeeCents: nonNegativeCents,
    receiptEmail: z.nullable(z.email()),
    /** Required true for bank payments: the resident accepted the debit authorization. */
    bankAuthorization: z.boolean(),
  }),
);
export type PaymentRequest = z.infer<typeof PaymentRequest>;

export const Payment = z.object({
  confirmation: text(64),
  status: z.enum(['approved']),
  amountCents: nonNegativeCents,
  feeCents: nonNegativeCents,
  totalCents: nonNegativeCents,
  createdAt: isoDateTime,
  method: z.object({
    type: PaymentMethodType,
    brand: z.enum(['visa', 'mastercard', 'amex', 'discover', 'bank']),
    last4: z.string().check(z.regex(/^\d{4}$/)),
  }),
  payee: z.object({ maskedNumber: text(32), displayName: text(200) }),
  receiptToken: text(200),
});
export type Payment = z.infer<typeof Payment>;

/** A receipt is the payment without its receipt token. */
export const Receipt = z.omit(Payment, { receiptToken: true });
export type Receipt = z.infer<typeof Receipt>;

export const ConsentCategories = z.object({
  necessary: z.literal(true),
  functional: z.boolean(),
  analytics: z.boolean(),
  marketing: z.boolean(),
});
export type ConsentCategories = z.infer<typeof ConsentCategories>;

export const ConsentRecordRequest = requestBody(() =>
  z.object({
    consentId: z.uuid(),
    revision: text(64),
    categories: ConsentCategories,
    signals: z.object({ gpc: z.boolean(), dnt: z.boolean() }),
    source: z.enum(['banner', 'preferences', 'api', 'signal']),
    timestamp: isoDateTime,
  }),
);
export type ConsentRecordRequest = z.infer<typeof ConsentRecordRequest>;

export const ConsentRecord = z.object({ id: text(64), recordedAt: isoDateTime });
export type ConsentRecord = z.infer<typeof ConsentRecord>;

/** RFC 9457 problem details, with a stable machine-readable `code`. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  code: z.string(),
  detail: z.optional(z.string()),
  /** Field-level validation errors: the field path and a stable code. */
  errors: z.optional(z.array(z.object({ field: z.string(), code: z.string() }))),
  retryAfterSeconds: z.optional(z.int()),
});
export type Problem = z.infer<typeof Problem>;
