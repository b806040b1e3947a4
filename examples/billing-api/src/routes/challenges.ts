import { Hono } from 'hono';
import type * as s from '../../../../src/api/schemas.js';
import type { AppDeps, AppEnv } from '../context.js';

export function challengeRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // Issuing is free of state (the token is signed), so it needs no limit of its own.
  app.post('/v1/tenants/:tenant/challenges', (c) =>
    c.json(deps.challenges.issue(c.get('tenant').id, deps.now()) satisfies s.Challenge, 201),
  );
  return app;
}
