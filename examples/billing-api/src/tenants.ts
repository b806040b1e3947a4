import type { Database } from 'better-sqlite3';
import * as z from 'zod/mini';
import * as s from '../../../src/api/schemas.js';
import { parseConfig } from './parse-config.js';
import { BareOrigin, TenantConfig } from './tenant-config.js';

/**
 * The tenants' public configuration, read once from the database. Every tenant's origin
 * allowlist also gets the operator's extra origins (for example a test runner's page).
 */
export class TenantDirectory {
  private readonly byId = new Map<string, s.Tenant>();

  constructor(db: Database, extraOrigins: readonly string[]) {
    const extra = parseConfig(z.array(BareOrigin), extraOrigins, 'The list of extra origins (EXTRA_ORIGINS)');
    const rows = db.prepare('SELECT id, config_json FROM tenants ORDER BY id').all() as {
      id: string;
      config_json: string;
    }[];
    for (const row of rows) {
      const tenant = parseConfig(TenantConfig, JSON.parse(row.config_json), `Tenant "${row.id}" configuration`);
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
