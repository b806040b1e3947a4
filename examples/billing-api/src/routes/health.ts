import { Hono } from 'hono';
import type { AppEnv } from '../context.js';
import { ProblemError } from '../middleware/problem.js';

const RETRY_AFTER_SECONDS = 5;

/**
 * Probes for the operator's load balancer, outside the v1 contract: `/healthz` says the process
 * answers, `/readyz` that it can serve (`ready` rejects when the database is unreachable or
 * not migrated), so a balancer sends traffic elsewhere until it can.
 */
export function healthRoutes(ready: () => Promise<void>): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    try {
      await ready();
    } catch {
      throw new ProblemError(503, 'server_error', {
        detail: 'Not ready to serve requests.',
        retryAfterSeconds: RETRY_AFTER_SECONDS,
      });
    }
    return c.json({ status: 'ready' });
  });
  return app;
}
