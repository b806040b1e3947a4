import { Hono } from 'hono';
import { randomUUID } from 'node:crypto';
import * as s from '../../../../src/api/schemas.js';
import type { AppDeps, AppEnv } from '../context.js';
import { readJson } from '../middleware/json-body.js';
import * as routes from '../../../../src/api/routes.js';
import { honoRoute } from './route-path.js';

/** Stores what was chosen and when; no IP address or user agent is kept. */
export function consentRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.on(...honoRoute(routes.createConsentRecord), async (c) => {
    const request = await readJson(c, s.ConsentRecordRequest);
    const record: s.ConsentRecord = { id: `cr-${randomUUID()}`, recordedAt: deps.now().toISOString() };
    await deps.storage.createConsentRecord({
      id: record.id,
      tenantId: c.get('tenant').id,
      consentId: request.consentId,
      revision: request.revision,
      categories: JSON.stringify(request.categories),
      gpc: request.signals.gpc,
      dnt: request.signals.dnt,
      source: request.source,
      clientTimestamp: request.timestamp,
      recordedAt: record.recordedAt,
    });
    return c.json(record, 201);
  });

  return app;
}
