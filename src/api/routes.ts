/**
 * The billing API's operations: method, path template, schemas and status. The reference
 * server and the OpenAPI generator both read this table, so the paths are written once.
 */
import * as s from './schemas.js';
import type { ZodMiniType } from 'zod/mini';

export interface Operation {
  id: string;
  method: 'get' | 'post' | 'patch' | 'delete';
  /** OpenAPI-style template: `/v1/tenants/{tenant}`. */
  path: string;
  summary: string;
  auth?: 'bearer' | 'receipt';
  idempotencyKey?: boolean;
  query?: Record<string, string>;
  request?: ZodMiniType;
  status: number;
  response?: ZodMiniType;
}

export const operations = [
  {
    id: 'getTenant',
    method: 'get',
    path: '/v1/tenants/{tenant}',
    summary: 'Public tenant configuration',
    status: 200,
    response: s.Tenant,
  },
  {
    id: 'signIn',
    method: 'post',
    path: '/v1/tenants/{tenant}/sessions',
    summary: 'Sign in with user name and password',
    request: s.SignInRequest,
    status: 201,
    response: s.Session,
  },
  {
    id: 'createChallenge',
    method: 'post',
    path: '/v1/tenants/{tenant}/challenges',
    summary: 'A challenge to solve before signing in or looking up a bill, when the tenant asks for one',
    status: 201,
    response: s.Challenge,
  },
  {
    id: 'getSession',
    method: 'get',
    path: '/v1/sessions/current',
    summary: 'The current session; also extends its idle expiry',
    auth: 'bearer',
    status: 200,
    response: s.SessionInfo,
  },
  { id: 'signOut', method: 'delete', path: '/v1/sessions/current', summary: 'Sign out', auth: 'bearer', status: 204 },
  {
    id: 'listSessions',
    method: 'get',
    path: '/v1/sessions',
    summary: "The signed-in resident's active sessions",
    auth: 'bearer',
    status: 200,
    response: s.SessionList,
  },
  {
    id: 'endOtherSessions',
    method: 'delete',
    path: '/v1/sessions/others',
    summary: 'Ends every session of the resident but this one',
    auth: 'bearer',
    status: 200,
    response: s.EndedSessions,
  },
  {
    id: 'listAccounts',
    method: 'get',
    path: '/v1/accounts',
    summary: "The signed-in resident's accounts",
    auth: 'bearer',
    status: 200,
    response: s.AccountList,
  },
  {
    id: 'getAccount',
    method: 'get',
    path: '/v1/accounts/{id}',
    summary: 'One account',
    auth: 'bearer',
    status: 200,
    response: s.Account,
  },
  {
    id: 'listActivity',
    method: 'get',
    path: '/v1/accounts/{id}/activity',
    summary: 'Bills, payments and adjustments, newest first',
    auth: 'bearer',
    query: { cursor: 'Opaque cursor from the previous page' },
    status: 200,
    response: s.ActivityPage,
  },
  {
    id: 'getProfile',
    method: 'get',
    path: '/v1/profile',
    summary: 'Contact details',
    auth: 'bearer',
    status: 200,
    response: s.Profile,
  },
  {
    id: 'updateProfile',
    method: 'patch',
    path: '/v1/profile',
    summary: 'Change contact details (kept in an audit history)',
    auth: 'bearer',
    request: s.ProfileUpdate,
    status: 200,
    response: s.Profile,
  },
  {
    id: 'createLookup',
    method: 'post',
    path: '/v1/tenants/{tenant}/lookups',
    summary: 'Guest lookup of a utility account or an invoice',
    request: s.LookupRequest,
    status: 201,
    response: s.Lookup,
  },
  {
    id: 'createPaymentMethod',
    method: 'post',
    path: '/v1/tenants/{tenant}/payment-methods',
    summary: 'Tokenize card or bank details (payment frame only)',
    request: s.PaymentMethodRequest,
    status: 201,
    response: s.PaymentMethodToken,
  },
  {
    id: 'quoteFee',
    method: 'post',
    path: '/v1/tenants/{tenant}/fee-quotes',
    summary: 'The convenience fee for an amount and method',
    request: s.FeeQuoteRequest,
    status: 200,
    response: s.FeeQuote,
  },
  {
    id: 'createPayment',
    method: 'post',
    path: '/v1/tenants/{tenant}/payments',
    summary: 'Pay; the Idempotency-Key makes it exactly once',
    idempotencyKey: true,
    request: s.PaymentRequest,
    status: 201,
    response: s.Payment,
  },
  {
    id: 'getReceipt',
    method: 'get',
    path: '/v1/payments/{confirmation}',
    summary: 'A receipt, with the receipt token of the payment',
    auth: 'receipt',
    status: 200,
    response: s.Receipt,
  },
  {
    id: 'createConsentRecord',
    method: 'post',
    path: '/v1/tenants/{tenant}/consent-records',
    summary: 'Proof of a consent choice (no IP address stored)',
    request: s.ConsentRecordRequest,
    status: 201,
    response: s.ConsentRecord,
  },
] as const satisfies readonly Operation[];
