import { Hono } from 'hono';
import type * as s from '../../../../src/api/schemas.js';
import type { AppEnv } from '../context.js';

export function tenantRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/v1/tenants/:tenant', (c) => c.json(c.get('tenant') satisfies s.Tenant));
  return app;
}
