import { Hono } from 'hono';
import * as s from '../../../../src/api/schemas.js';
import type { AppDeps, AppEnv } from '../context.js';
import { limitFor } from '../limits.js';
import { bearerToken, requireSession, sessionExpiry } from '../middleware/auth.js';
import { readJson } from '../middleware/json-body.js';
import { ProblemError } from '../middleware/problem.js';
import { verifyPassword } from '../security/passwords.js';
import { newToken, sha256 } from '../security/tokens.js';

function sessionInfo(
  deps: AppDeps,
  customer: { username: string; displayName: string },
  expiresAt: string,
): s.SessionInfo {
  return {
    expiresAt,
    idleTimeoutSeconds: deps.sessionIdleSeconds,
    customer: { username: customer.username, displayName: customer.displayName },
  };
}

export function sessionRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { storage } = deps;

  app.post('/v1/tenants/:tenant/sessions', async (c) => {
    const tenant = c.get('tenant');
    const body = await readJson(c, s.SignInRequest);
    const perUser = limitFor(deps.limits.signInPerUser, `${tenant.id}\n${body.username.toLowerCase()}`);
    const perAddress = limitFor(deps.limits.signInPerAddress, deps.clientAddress(c));
    // Counted before the password check, which awaits scrypt: counted after it, parallel guesses
    // would all pass the limit. A success takes its count back.
    const wait = await storage.takeAttempt([perUser, perAddress], deps.now().getTime());
    if (wait > 0) throw new ProblemError(429, 'rate_limited', { retryAfterSeconds: wait });
    const customer = await storage.findCustomer(tenant.id, body.username);
    if (!(await verifyPassword(body.password, customer?.passwordHash)) || !customer) {
      throw new ProblemError(401, 'invalid_credentials');
    }
    await storage.resetAttempts(perUser);
    await storage.forgetAttempt(perAddress);

    const token = newToken();
    const now = deps.now();
    const info = sessionInfo(deps, customer, sessionExpiry(deps, now, now));
    await storage.createSession({
      tokenHash: sha256(token),
      customerId: customer.id,
      createdAt: now.toISOString(),
      expiresAt: info.expiresAt,
    });
    return c.json({ ...info, token } satisfies s.Session, 201);
  });

  app.get('/v1/sessions/current', requireSession(deps), async (c) => {
    const customer = await storage.customerName(c.get('customerId'));
    return c.json(sessionInfo(deps, customer, c.get('sessionExpiresAt')) satisfies s.SessionInfo);
  });

  app.delete('/v1/sessions/current', requireSession(deps), async (c) => {
    await storage.deleteSession(sha256(bearerToken(c.req.header('authorization'))!));
    return c.body(null, 204);
  });

  return app;
}
