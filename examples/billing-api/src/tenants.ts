import type { Database } from 'better-sqlite3';
import * as z from 'zod/mini';
import * as s from '../../../src/api/schemas.js';

/**
 * The tenants' public configuration, read once from the database. Every tenant's origin
 * allowlist also gets the operator's extra origins (for example a test runner's page).
 */
export class TenantDirectory {
  private readonly byId = new Map<string, s.Tenant>();

  constructor(db: Database, extraOrigins: readonly string[]) {
    const rows = db.prepare('SELECT config_json FROM tenants ORDER BY id').pluck().all() as string[];
    for (const json of rows) {
      const tenant = z.parse(s.Tenant, JSON.parse(json));
      const origins = [...new Set([...tenant.allowedOrigins, ...extraOrigins])];
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
