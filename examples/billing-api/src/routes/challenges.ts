import { Hono } from 'hono';
import type * as s from '../../../../src/api/schemas.js';
import type { AppDeps, AppEnv } from '../context.js';
import * as routes from '../../../../src/api/routes.js';
import { honoRoute } from './route-path.js';

export function challengeRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // Issuing is free of state (the token is signed), so it needs no limit of its own.
  app.on(...honoRoute(routes.createChallenge), (c) =>
    c.json(deps.challenges.issue(c.get('tenant').id, deps.now()) satisfies s.Challenge, 201),
  );
  return app;
}
