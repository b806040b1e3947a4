export * from './schemas.js';
export * from './errors.js';
export { createBillingClient, checkApiUrl } from './client.js';
export type { BillingClient, BillingClientOptions, CallOptions } from './client.js';
