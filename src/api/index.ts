export * from './schemas.js';
export * from './errors.js';
export { createBillingClient, checkApiUrl } from './client.js';
export type { BillingClient, BillingClientOptions, CallOptions, ChallengeCallOptions } from './client.js';
export type { ChallengeOptions, ChallengeProvider } from './challenge.js';
export { proofOfWork } from './proof-of-work.js';
