import * as z from 'zod/mini';
import * as s from '../../../src/api/schemas.js';
import { parseConfig } from './parse-config.js';
import type { TenantRecord } from './storage/storage.js';
import { BareOrigin, TenantConfig } from './tenant-config.js';

/**
 * The tenants' public configuration, read from the database when the storage opened. Every tenant's origin
 * allowlist also gets the operator's extra origins (for example a test runner's page).
 */
export class TenantDirectory {
  private readonly byId = new Map<string, s.Tenant>();

  constructor(records: readonly TenantRecord[], extraOrigins: readonly string[]) {
    const extra = parseConfig(z.array(BareOrigin), extraOrigins, 'The list of extra origins (EXTRA_ORIGINS)');
    for (const record of records) {
      const tenant = parseConfig(TenantConfig, record.config, `Tenant "${record.id}" configuration`);
      const origins = [...new Set([...tenant.allowedOrigins, ...extra])];
      this.byId.set(tenant.id, { ...tenant, allowedOrigins: origins });
    }
  }

  get(id: string): s.Tenant | undefined {
    return this.byId.get(id);
  }

  /** Origins allowed by any tenant: for the paths that do not name a tenant. */
  allOrigins(): string[] {
    return [...new Set([...this.byId.values()].flatMap((tenant) => tenant.allowedOrigins))];
  }
}
