/**
 * The billing API's routes: each operation's method and path template, written only here. The
 * client (client.ts), the reference server (examples/billing-api/src/routes/) and the OpenAPI
 * generator (operations.ts) all read this table, as `import * as routes from './routes.js'`. A
 * new operation is one line here, its client call, its server handler and its entry in
 * operations.ts, which the type checker asks for. One export per route lets a bundle keep only
 * the routes its client calls.
 */

/** The method, a space and an OpenAPI-style path template: `GET /v1/tenants/{tenant}`. */
export type Route = `${'GET' | 'POST' | 'PATCH' | 'DELETE'} /${string}`;

export const getTenant = 'GET /v1/tenants/{tenant}' satisfies Route;
export const signIn = 'POST /v1/tenants/{tenant}/sessions' satisfies Route;
export const createChallenge = 'POST /v1/tenants/{tenant}/challenges' satisfies Route;
export const getSession = 'GET /v1/sessions/current' satisfies Route;
export const signOut = 'DELETE /v1/sessions/current' satisfies Route;
export const listSessions = 'GET /v1/sessions' satisfies Route;
export const endOtherSessions = 'DELETE /v1/sessions/others' satisfies Route;
export const listAccounts = 'GET /v1/accounts' satisfies Route;
export const getAccount = 'GET /v1/accounts/{id}' satisfies Route;
export const listActivity = 'GET /v1/accounts/{id}/activity' satisfies Route;
export const getProfile = 'GET /v1/profile' satisfies Route;
export const updateProfile = 'PATCH /v1/profile' satisfies Route;
export const createLookup = 'POST /v1/tenants/{tenant}/lookups' satisfies Route;
export const createPaymentMethod = 'POST /v1/tenants/{tenant}/payment-methods' satisfies Route;
export const quoteFee = 'POST /v1/tenants/{tenant}/fee-quotes' satisfies Route;
export const createPayment = 'POST /v1/tenants/{tenant}/payments' satisfies Route;
export const getReceipt = 'GET /v1/payments/{confirmation}' satisfies Route;
export const createConsentRecord = 'POST /v1/tenants/{tenant}/consent-records' satisfies Route;
