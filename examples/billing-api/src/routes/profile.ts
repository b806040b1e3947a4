import { Hono } from 'hono';
import * as s from '../../../../src/api/schemas.js';
import type { AppDeps, AppEnv } from '../context.js';
import { requireSession } from '../middleware/auth.js';
import { readJson } from '../middleware/json-body.js';
import { requireFreshProof } from '../reauthentication.js';
import { addressJson } from '../storage/rows.js';
import type { ProfileChange } from '../storage/storage.js';
import * as routes from '../../../../src/api/routes.js';
import { honoRoute } from './route-path.js';

/** The changed fields as audit entries: field name, old value, new value (JSON for objects). */
function changes(before: s.Profile, update: s.ProfileUpdate): ProfileChange[] {
  const found: ProfileChange[] = [];
  if (update.email !== undefined && update.email !== before.email) {
    found.push({ field: 'email', from: before.email, to: update.email, value: update.email });
  }
  for (const kind of ['home', 'mobile', 'fax'] as const) {
    const next = update.phones?.[kind];
    if (next !== undefined && next !== before.phones[kind]) {
      found.push({ field: `phones.${kind}`, from: before.phones[kind], to: next, value: next });
    }
  }
  if (update.mailingAddress !== undefined) {
    const from = addressJson(before.mailingAddress);
    const to = addressJson(update.mailingAddress);
    if (from !== to) found.push({ field: 'mailingAddress', from, to, value: update.mailingAddress });
  }
  return found;
}

export function profileRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.use('/v1/profile', requireSession(deps));

  app.on(...honoRoute(routes.getProfile), async (c) =>
    c.json((await deps.storage.profile(c.get('customerId'))) satisfies s.Profile),
  );

  app.on(...honoRoute(routes.updateProfile), async (c) => {
    const update = await readJson(c, s.ProfileUpdate);
    await requireFreshProof(deps, c, await deps.storage.profile(c.get('customerId')), update);
    const at = deps.now().toISOString();
    const updated = await deps.storage.updateProfile(c.get('customerId'), at, (before) => changes(before, update));
    return c.json(updated satisfies s.Profile);
  });

  return app;
}
