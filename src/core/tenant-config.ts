import type { BillingClient } from '../api/client.js';
import type { Tenant } from '../api/schemas.js';

const loaded = new WeakMap<BillingClient, Promise<Tenant>>();

/** The tenant's public configuration, fetched once per client; a failed fetch is not cached. */
export function tenantConfig(client: BillingClient): Promise<Tenant> {
  let tenant = loaded.get(client);
  if (!tenant) {
    tenant = client.getTenant();
    loaded.set(client, tenant);
    tenant.catch(() => loaded.delete(client));
  }
  return tenant;
}
