import { Hono } from 'hono';
import * as s from '../../../../src/api/schemas.js';
import type { AppDeps, AppEnv } from '../context.js';
import { addSeconds } from '../clock.js';
import { readJson } from '../middleware/json-body.js';
import { ProblemError } from '../middleware/problem.js';
import { amountRange, findPayeeByLookup } from '../payees.js';
import { newToken, sha256 } from '../security/tokens.js';

export function lookupRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const insertLookup = deps.db.prepare(
    'INSERT INTO lookups (token_hash, tenant_id, account_id, invoice_id, expires_at) VALUES (?, ?, ?, ?, ?)',
  );

  app.post('/v1/tenants/:tenant/lookups', async (c) => {
    const tenant = c.get('tenant');
    const request = await readJson(c, s.LookupRequest);
    const address = deps.clientAddress(c);
    // Per number too: guessing the ZIP of a known account from many addresses is slowed as well.
    const number = `${tenant.id}:${request.kind === 'account' ? request.accountNumber : request.invoiceNumber}`;
    const { failedLookupsPerAddress, failedLookupsPerNumber } = deps.limits;
    const wait = Math.max(failedLookupsPerAddress.retryAfter(address), failedLookupsPerNumber.retryAfter(number));
    if (wait > 0) throw new ProblemError(429, 'rate_limited', { retryAfterSeconds: wait });

    const payee = findPayeeByLookup(deps.db, tenant.id, request);
    if (!payee) {
      failedLookupsPerAddress.record(address);
      failedLookupsPerNumber.record(number);
      // One answer for a wrong number and a wrong ZIP, so neither can be probed alone.
      throw new ProblemError(404, 'lookup_failed', { detail: 'Check the number and the ZIP code on your bill.' });
    }

    const token = newToken();
    const expiresAt = addSeconds(deps.now(), deps.lookupTtlSeconds).toISOString();
    insertLookup.run(
      sha256(token),
      tenant.id,
      payee.kind === 'account' ? payee.id : null,
      payee.kind === 'invoice' ? payee.id : null,
      expiresAt,
    );
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
