import { Hono } from 'hono';
import * as s from '../../../../src/api/schemas.js';
import type { AppEnv } from '../context.js';
import { convenienceFee } from '../fees.js';
import { readJson } from '../middleware/json-body.js';
import { ProblemError } from '../middleware/problem.js';
import * as routes from '../../../../src/api/routes.js';
import { honoRoute } from './route-path.js';

export function feeQuoteRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.on(...honoRoute(routes.quoteFee), async (c) => {
    const tenant = c.get('tenant');
    const request = await readJson(c, s.FeeQuoteRequest);
    if (!tenant.paymentMethods.includes(request.method)) throw new ProblemError(422, 'method_not_allowed');
    if (request.amountCents > tenant.amount.maxCents) throw new ProblemError(422, 'amount_out_of_range');
    const feeCents = convenienceFee(tenant, request.method, request.amountCents);
    return c.json({
      amountCents: request.amountCents,
      feeCents,
      totalCents: request.amountCents + feeCents,
    } satisfies s.FeeQuote);
  });
  return app;
}
