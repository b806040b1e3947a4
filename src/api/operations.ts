/**
 * What docs/openapi.json says about each route of routes.ts besides its method and path: summary,
 * schemas, success status and authentication. Only the OpenAPI generator and the tests read it,
 * so none of it reaches a widget's bundle.
 */
import * as s from './schemas.js';
import type { ZodMiniType } from 'zod/mini';
import type * as routes from './routes.js';

export type RouteId = keyof typeof routes;

export interface OperationDoc {
  summary: string;
  auth?: 'bearer' | 'receipt';
  idempotencyKey?: boolean;
  query?: Record<string, string>;
  request?: ZodMiniType;
  status: number;
  response?: ZodMiniType;
}

export const operations = {
  getTenant: {
    summary: 'Public tenant configuration',
    status: 200,
    response: s.Tenant,
  },
  signIn: {
    summary: 'Sign in with user name and password',
    request: s.SignInRequest,
    status: 201,
    response: s.Session,
  },
  createChallenge: {
    summary: 'A challenge to solve before signing in or looking up a bill, when the tenant asks for one',
    status: 201,
    response: s.Challenge,
  },
  getSession: {
    summary: 'The current session; also extends its idle expiry',
    auth: 'bearer',
    status: 200,
    response: s.SessionInfo,
  },
  signOut: { summary: 'Sign out', auth: 'bearer', status: 204 },
  listSessions: {
    summary: "The signed-in resident's active sessions",
    auth: 'bearer',
    status: 200,
    response: s.SessionList,
  },
  endOtherSessions: {
    summary: 'Ends every session of the resident but this one',
    auth: 'bearer',
    status: 200,
    response: s.EndedSessions,
  },
  listAccounts: {
    summary: "The signed-in resident's accounts",
    auth: 'bearer',
    status: 200,
    response: s.AccountList,
  },
  getAccount: {
    summary: 'One account',
    auth: 'bearer',
    status: 200,
    response: s.Account,
  },
  listActivity: {
    summary: 'Bills, payments and adjustments, newest first',
    auth: 'bearer',
    query: { cursor: 'Opaque cursor from the previous page' },
    status: 200,
    response: s.ActivityPage,
  },
  getProfile: {
    summary: 'Contact details',
    auth: 'bearer',
    status: 200,
    response: s.Profile,
  },
  updateProfile: {
    summary: 'Change contact details (kept in an audit history)',
    auth: 'bearer',
    request: s.ProfileUpdate,
    status: 200,
    response: s.Profile,
  },
  createLookup: {
    summary: 'Guest lookup of a utility account or an invoice',
    request: s.LookupRequest,
    status: 201,
    response: s.Lookup,
  },
  createPaymentMethod: {
    summary: 'Tokenize card or bank details (payment frame only)',
    request: s.PaymentMethodRequest,
    status: 201,
    response: s.PaymentMethodToken,
  },
  quoteFee: {
    summary: 'The convenience fee for an amount and method',
    request: s.FeeQuoteRequest,
    status: 200,
    response: s.FeeQuote,
  },
  createPayment: {
    summary: 'Pay; the Idempotency-Key makes it exactly once',
    idempotencyKey: true,
    request: s.PaymentRequest,
    status: 201,
    response: s.Payment,
  },
  getReceipt: {
    summary: 'A receipt, with the receipt token of the payment',
    auth: 'receipt',
    status: 200,
    response: s.Receipt,
  },
  createConsentRecord: {
    summary: 'Proof of a consent choice (no IP address stored)',
    request: s.ConsentRecordRequest,
    status: 201,
    response: s.ConsentRecord,
  },
} as const satisfies Record<RouteId, OperationDoc>;
