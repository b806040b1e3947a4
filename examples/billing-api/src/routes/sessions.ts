import { Hono } from 'hono';
import * as s from '../../../../src/api/schemas.js';
import type { AppDeps, AppEnv } from '../context.js';
import { bearerToken, requireSession, sessionExpiry } from '../middleware/auth.js';
import { readJson } from '../middleware/json-body.js';
import { ProblemError } from '../middleware/problem.js';
import { verifyPassword } from '../security/passwords.js';
import { newToken, sha256 } from '../security/tokens.js';

interface CustomerRow {
  id: number;
  username: string;
  display_name: string;
  password_hash: string;
}

function sessionInfo(
  deps: AppDeps,
  customer: { username: string; display_name: string },
  expiresAt: string,
): s.SessionInfo {
  return {
    expiresAt,
    idleTimeoutSeconds: deps.sessionIdleSeconds,
    customer: { username: customer.username, displayName: customer.display_name },
  };
}

export function sessionRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const findCustomer = deps.db.prepare(
    'SELECT id, username, display_name, password_hash FROM customers WHERE tenant_id = ? AND username = ?',
  );
  const customerById = deps.db.prepare('SELECT username, display_name FROM customers WHERE id = ?');
  const insertSession = deps.db.prepare(
    'INSERT INTO sessions (token_hash, customer_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
  );
  const deleteSession = deps.db.prepare('DELETE FROM sessions WHERE token_hash = ?');

  app.post('/v1/tenants/:tenant/sessions', async (c) => {
    const tenant = c.get('tenant');
    const body = await readJson(c, s.SignInRequest);
    const userKey = `${tenant.id}\n${body.username.toLowerCase()}`;
    const addressKey = deps.clientAddress(c);
    const { signInPerUser, signInPerAddress } = deps.limits;
    const wait = Math.max(signInPerUser.retryAfter(userKey), signInPerAddress.retryAfter(addressKey));
    if (wait > 0) throw new ProblemError(429, 'rate_limited', { retryAfterSeconds: wait });

    // Counted before the password check, which awaits scrypt: counted after it, parallel guesses
    // would all pass the limit check above. A success takes its count back.
    signInPerUser.record(userKey);
    signInPerAddress.record(addressKey);
    const customer = findCustomer.get(tenant.id, body.username) as CustomerRow | undefined;
    if (!(await verifyPassword(body.password, customer?.password_hash)) || !customer) {
      throw new ProblemError(401, 'invalid_credentials');
    }
    signInPerUser.reset(userKey);
    signInPerAddress.forget(addressKey);

    const token = newToken();
    const now = deps.now();
    const info = sessionInfo(deps, customer, sessionExpiry(deps, now, now));
    insertSession.run(sha256(token), customer.id, now.toISOString(), info.expiresAt);
    return c.json({ ...info, token } satisfies s.Session, 201);
  });

  app.get('/v1/sessions/current', requireSession(deps), (c) => {
    const customer = customerById.get(c.get('customerId')) as CustomerRow;
    return c.json(sessionInfo(deps, customer, c.get('sessionExpiresAt')) satisfies s.SessionInfo);
  });

  app.delete('/v1/sessions/current', requireSession(deps), (c) => {
    deleteSession.run(sha256(bearerToken(c.req.header('authorization'))!));
    return c.body(null, 204);
  });

  return app;
}
