import { Hono } from 'hono';
import { addSeconds } from '../clock.js';
import * as s from '../../../../src/api/schemas.js';
import type { AppDeps, AppEnv } from '../context.js';
import { passChallenge } from '../challenge/challenge-gate.js';
import { limitFor, manyFailures } from '../limits.js';
import { bearerToken, requireSession, sessionExpiry } from '../middleware/auth.js';
import { readJson } from '../middleware/json-body.js';
import { ProblemError } from '../middleware/problem.js';
import { hashPassword, needsRehash, verifyPassword } from '../security/passwords.js';
import { newToken, sha256 } from '../security/tokens.js';
import { userAgentOf } from '../user-agent.js';
import * as routes from '../../../../src/api/routes.js';
import { honoRoute } from './route-path.js';

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

  app.on(...honoRoute(routes.signIn), async (c) => {
    const tenant = c.get('tenant');
    const body = await readJson(c, s.SignInRequest);
    const user = `${tenant.id}\n${body.username.toLowerCase()}`;
    const address = deps.clientAddress(c);
    const perUserAddress = limitFor(deps.limits.signInPerUserAddress, `${user}\n${address}`);
    const perUser = limitFor(deps.limits.signInPerUser, user);
    const perAddress = limitFor(deps.limits.signInPerAddress, address);
    const nowMs = deps.now().getTime();
    await passChallenge(deps, tenant, body.challenge, async () =>
      manyFailures(deps, [perUser, perAddress, perUserAddress], nowMs),
    );
    // Counted before the password check, which awaits scrypt: counted after it, parallel guesses
    // would all pass the limit. A success takes its count back. Nothing here counts against the
    // user name alone, so a stranger's failures never stop the resident from another address.
    const wait = await storage.takeAttempt([perUserAddress, perAddress], nowMs);
    if (wait > 0) throw new ProblemError(429, 'rate_limited', { retryAfterSeconds: wait });
    const customer = await storage.findCustomer(tenant.id, body.username);
    if (!(await verifyPassword(body.password, customer?.passwordHash)) || !customer) {
      await storage.countAttempts([perUser], nowMs);
      throw new ProblemError(401, 'invalid_credentials');
    }
    await storage.resetAttempts(perUserAddress);
    await storage.forgetAttempt(perAddress);
    if (needsRehash(customer.passwordHash)) {
      await storage.updatePasswordHash(customer.id, await hashPassword(body.password));
    }

    const token = newToken();
    const now = deps.now();
    const info = sessionInfo(deps, customer, sessionExpiry(deps, now, now));
    await storage.createSession({
      tokenHash: sha256(token),
      customerId: customer.id,
      createdAt: now.toISOString(),
      expiresAt: info.expiresAt,
      userAgent: userAgentOf(c.req.header('user-agent')),
    });
    return c.json({ ...info, token } satisfies s.Session, 201);
  });

  app.on(...honoRoute(routes.getSession), requireSession(deps), async (c) => {
    const customer = await storage.customerName(c.get('customerId'));
    return c.json(sessionInfo(deps, customer, c.get('sessionExpiresAt')) satisfies s.SessionInfo);
  });

  app.on(...honoRoute(routes.listSessions), requireSession(deps), async (c) => {
    const now = deps.now();
    const oldest = addSeconds(now, -deps.sessionMaxSeconds).toISOString();
    const found = await storage.customerSessions(c.get('customerId'), now.toISOString(), oldest);
    const sessions = found.map((session) => ({
      // A hash of the token's hash: names the session without being usable as its token.
      id: sha256(`session:${session.tokenHash}`).slice(0, 32),
      createdAt: session.createdAt,
      lastUsedAt: session.lastUsedAt,
      expiresAt: session.expiresAt,
      current: session.tokenHash === c.get('sessionTokenHash'),
      userAgent: session.userAgent,
    }));
    return c.json({ sessions } satisfies s.SessionList);
  });

  app.on(...honoRoute(routes.endOtherSessions), requireSession(deps), async (c) => {
    const ended = await storage.deleteOtherSessions(c.get('customerId'), c.get('sessionTokenHash'));
    return c.json({ ended } satisfies s.EndedSessions);
  });

  app.on(...honoRoute(routes.signOut), requireSession(deps), async (c) => {
    await storage.deleteSession(sha256(bearerToken(c.req.header('authorization'))!));
    return c.body(null, 204);
  });

  return app;
}
