import { Hono } from 'hono';
import * as s from '../../../../src/api/schemas.js';
import type { AppDeps, AppEnv } from '../context.js';
import { addSeconds } from '../clock.js';
import { paymentMethodFingerprint } from '../card-testing.js';
import { limitFor } from '../limits.js';
import { readJson } from '../middleware/json-body.js';
import { ProblemError } from '../middleware/problem.js';
import { bankOutcome, routingNumberValid } from '../processor/bank.js';
import { detectBrand } from '../../../../src/frame/validators/card-brands.js';
import { cardErrors, cardOutcome } from '../processor/cards.js';
import type { ProcessorOutcome } from '../processor/outcomes.js';
import { newToken, sha256 } from '../security/tokens.js';
import * as routes from '../../../../src/api/routes.js';
import { honoRoute } from './route-path.js';

const TOKEN_TTL_SECONDS = 30 * 60;

interface StoredMethod {
  type: s.PaymentMethodToken['type'];
  brand: s.PaymentMethodToken['brand'];
  last4: string;
  expMonth: number | null;
  expYear: number | null;
  outcome: ProcessorOutcome;
}

/**
 * Turns the details into what may be kept. The full number, the CVC and the bank account
 * number end here: they are never written to the database or a log.
 */
function storable(request: s.PaymentMethodRequest, tenant: s.Tenant, now: Date): StoredMethod {
  if (request.type === 'card') {
    const errors = cardErrors(request, tenant.cardBrands, now);
    if (errors.length > 0) throw new ProblemError(422, 'validation', { errors });
    return {
      type: 'card',
      brand: detectBrand(request.number)!,
      last4: request.number.slice(-4),
      expMonth: request.expMonth,
      expYear: request.expYear,
      outcome: cardOutcome(request.number),
    };
  }
  if (!routingNumberValid(request.routingNumber)) {
    throw new ProblemError(422, 'validation', { errors: [{ field: 'routingNumber', code: 'invalid_checksum' }] });
  }
  return {
    type: 'bank',
    brand: 'bank',
    last4: request.accountNumber.slice(-4),
    expMonth: null,
    expYear: null,
    outcome: bankOutcome(request.accountNumber),
  };
}

export function paymentMethodRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.on(...honoRoute(routes.createPaymentMethod), async (c) => {
    const tenant = c.get('tenant');
    // Every attempt counts, valid or not: card testers tokenize one stolen card after another,
    // from one address or from many against one city.
    const perAddress = limitFor(deps.limits.tokenizePerAddress, deps.clientAddress(c));
    const perTenant = limitFor(deps.limits.tokenizePerTenant, tenant.id);
    const wait = await deps.storage.takeAttempt([perAddress, perTenant], deps.now().getTime());
    if (wait > 0) throw new ProblemError(429, 'rate_limited', { retryAfterSeconds: wait });
    const request = await readJson(c, s.PaymentMethodRequest);
    if (!tenant.paymentMethods.includes(request.type)) throw new ProblemError(422, 'method_not_allowed');
    const fingerprint = paymentMethodFingerprint(deps, request);
    // The same card tokenized again and again, from any address, is a tester's signature.
    const perCard = limitFor(deps.limits.tokenizePerCard, fingerprint);
    const cardWait = await deps.storage.takeAttempt([perCard], deps.now().getTime());
    if (cardWait > 0) throw new ProblemError(429, 'rate_limited', { retryAfterSeconds: cardWait });
    const method = storable(request, tenant, deps.now());
    const token = newToken();
    const expiresAt = addSeconds(deps.now(), TOKEN_TTL_SECONDS).toISOString();
    await deps.storage.createPaymentMethod({
      ...method,
      tokenHash: sha256(token),
      tenantId: tenant.id,
      expiresAt,
      fingerprint,
    });
    const body: s.PaymentMethodToken = {
      token,
      type: method.type,
      brand: method.brand,
      last4: method.last4,
      expiresAt,
    };
    return c.json(body, 201);
  });

  return app;
}
