import { Hono } from 'hono';
import type * as s from '../../../../src/api/schemas.js';
import * as routes from '../../../../src/api/routes.js';
import type { AppEnv } from '../context.js';
import { honoRoute } from './route-path.js';

export function tenantRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.on(...honoRoute(routes.getTenant), (c) => c.json(c.get('tenant') satisfies s.Tenant));
  return app;
}
