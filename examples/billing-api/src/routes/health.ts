import { Hono } from 'hono';
import type { AppEnv } from '../context.js';
import { ProblemError } from '../middleware/problem.js';

const RETRY_AFTER_SECONDS = 5;
/** A database that takes longer than this to answer a probe is as good as away. */
const READY_TIMEOUT_MS = 2000;

function withinTimeout(check: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('readiness check timed out')), READY_TIMEOUT_MS);
  });
  return Promise.race([check, late]).finally(() => clearTimeout(timer));
}

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
      await withinTimeout(ready());
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
