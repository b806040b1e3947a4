import { Hono } from 'hono';
import * as s from '../../../../src/api/schemas.js';
import type { AppDeps, AppEnv } from '../context.js';
import { addSeconds } from '../clock.js';
import { readJson } from '../middleware/json-body.js';
import { ProblemError } from '../middleware/problem.js';
import { passChallenge } from '../challenge/challenge-gate.js';
import { limitFor, manyFailures } from '../limits.js';
import { amountRange, toPayee } from '../payees.js';
import { newToken, sha256 } from '../security/tokens.js';
import * as routes from '../../../../src/api/routes.js';
import { honoRoute } from './route-path.js';

export function lookupRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.on(...honoRoute(routes.createLookup), async (c) => {
    const tenant = c.get('tenant');
    const request = await readJson(c, s.LookupRequest);
    const number = `${tenant.id}:${request.kind === 'account' ? request.accountNumber : request.invoiceNumber}`;
    const address = deps.clientAddress(c);
    const nowMs = deps.now().getTime();
    const perNumber = limitFor(deps.limits.failedLookupsPerNumber, number);
    // Failures slow the address that makes them, per number with a growing wait: a stranger's
    // wrong ZIPs never stop the resident's right one from another address. Guessing one number
    // from many addresses is what the tenant's challenge rule answers.
    const failureLimits = [
      limitFor(deps.limits.failedLookupsPerAddress, address),
      limitFor(deps.limits.failedLookupsPerNumberAddress, `${number}\n${address}`),
    ];
    await passChallenge(deps, tenant, request.challenge, () =>
      manyFailures(deps, [perNumber, ...failureLimits], nowMs),
    );
    const taken = await deps.storage.takeAttempt(
      [limitFor(deps.limits.lookupsPerAddress, address), limitFor(deps.limits.lookupsPerTenant, tenant.id)],
      nowMs,
    );
    if (taken > 0) throw new ProblemError(429, 'rate_limited', { retryAfterSeconds: taken });
    const found = await deps.storage.lookUpPayee(tenant.id, request, failureLimits, nowMs);
    if (found.wait > 0) throw new ProblemError(429, 'rate_limited', { retryAfterSeconds: found.wait });
    const record = found.payee;
    if (!record) await deps.storage.countAttempts([perNumber], nowMs);
    if (!record) {
      // One answer for a wrong number and a wrong ZIP, so neither can be probed alone.
      throw new ProblemError(404, 'lookup_failed', { detail: 'Check the number and the ZIP code on your bill.' });
    }
    const payee = toPayee(record);

    const token = newToken();
    const expiresAt = addSeconds(deps.now(), deps.lookupTtlSeconds).toISOString();
    await deps.storage.createLookup({ tokenHash: sha256(token), tenantId: tenant.id, payee: record, expiresAt });
    const body: s.Lookup = {
      lookupToken: token,
      expiresAt,
      payee: {
        kind: payee.kind,
        maskedNumber: payee.maskedNumber,
        displayName: payee.displayName,
        maskedAddress: payee.maskedAddress,
      },
      amountDueCents: payee.amountDueCents,
      dueDate: payee.dueDate,
      ...amountRange(tenant, payee),
    };
    return c.json(body, 201);
  });

  return app;
}
