import { createBillingClient, type BillingClient } from '../api/client.js';
import { SessionStore } from './session.js';

export interface Billing {
  client: BillingClient;
  session: SessionStore;
}

const byEndpoint = new Map<string, Billing>();

/** One API client and one session per billing API and tenant, shared across the page. */
export function billingFor(api: string, tenant: string): Billing {
  const key = `${api}\n${tenant}`;
  let billing = byEndpoint.get(key);
  if (!billing) {
    const session = new SessionStore();
    const client = createBillingClient({
      api,
      tenant,
      token: () => session.bearerToken(),
      onAuthenticated: () => session.touch(),
      onUnauthorized: () => session.expire(),
    });
    billing = { client, session };
    byEndpoint.set(key, billing);
  }
  return billing;
}
