import { Hono } from 'hono';
import * as s from '../../../../src/api/schemas.js';
import type { AppDeps, AppEnv } from '../context.js';
import { addSeconds } from '../clock.js';
import { readJson } from '../middleware/json-body.js';
import { ProblemError } from '../middleware/problem.js';
import { limitFor } from '../limits.js';
import { amountRange, toPayee } from '../payees.js';
import { newToken, sha256 } from '../security/tokens.js';

export function lookupRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/v1/tenants/:tenant/lookups', async (c) => {
    const tenant = c.get('tenant');
    const request = await readJson(c, s.LookupRequest);
    // Per number too: guessing the ZIP of a known account from many addresses is slowed as well.
    const number = `${tenant.id}:${request.kind === 'account' ? request.accountNumber : request.invoiceNumber}`;
    const failureLimits = [
      limitFor(deps.limits.failedLookupsPerAddress, deps.clientAddress(c)),
      limitFor(deps.limits.failedLookupsPerNumber, number),
    ];
    const found = await deps.storage.lookUpPayee(tenant.id, request, failureLimits, deps.now().getTime());
    if (found.wait > 0) throw new ProblemError(429, 'rate_limited', { retryAfterSeconds: found.wait });
    const record = found.payee;
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
