import { Hono } from 'hono';
import * as s from '../../../../src/api/schemas.js';
import type { AppDeps, AppEnv } from '../context.js';
import { requireSession } from '../middleware/auth.js';
import { readJson } from '../middleware/json-body.js';

interface ProfileRow {
  display_name: string;
  email: string;
  phone_home: string | null;
  phone_mobile: string | null;
  phone_fax: string | null;
  mailing_address_json: string;
  updated_at: string;
}

/** Addresses in one key order, so equal addresses compare and audit as equal text. */
function addressJson({ line1, line2, city, state, zip }: s.Address): string {
  return JSON.stringify({ line1, line2, city, state, zip });
}

function toProfile(row: ProfileRow): s.Profile {
  return {
    displayName: row.display_name,
    email: row.email,
    phones: { home: row.phone_home, mobile: row.phone_mobile, fax: row.phone_fax },
    mailingAddress: JSON.parse(row.mailing_address_json) as s.Address,
    updatedAt: row.updated_at,
  };
}

/** The changed fields as audit entries: field name, old value, new value (JSON for objects). */
function changes(
  before: s.Profile,
  update: s.ProfileUpdate,
): { field: string; from: string | null; to: string | null }[] {
  const found: { field: string; from: string | null; to: string | null }[] = [];
  if (update.email !== undefined && update.email !== before.email) {
    found.push({ field: 'email', from: before.email, to: update.email });
  }
  for (const kind of ['home', 'mobile', 'fax'] as const) {
    const next = update.phones?.[kind];
    if (next !== undefined && next !== before.phones[kind]) {
      found.push({ field: `phones.${kind}`, from: before.phones[kind], to: next });
    }
  }
  if (update.mailingAddress !== undefined) {
    const from = addressJson(before.mailingAddress);
    const to = addressJson(update.mailingAddress);
    if (from !== to) found.push({ field: 'mailingAddress', from, to });
  }
  return found;
}

export function profileRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const findProfile = deps.db.prepare('SELECT * FROM customers WHERE id = ?');
  const saveProfile = deps.db.prepare(`
    UPDATE customers SET email = @email, phone_home = @home, phone_mobile = @mobile, phone_fax = @fax,
      mailing_address_json = @mailingAddress, updated_at = @updatedAt
    WHERE id = @id`);
  const recordChange = deps.db.prepare(
    'INSERT INTO profile_changes (customer_id, field, old_value, new_value, changed_at) VALUES (?, ?, ?, ?, ?)',
  );

  app.use('/v1/profile', requireSession(deps));

  app.get('/v1/profile', (c) =>
    c.json(toProfile(findProfile.get(c.get('customerId')) as ProfileRow) satisfies s.Profile),
  );

  app.patch('/v1/profile', async (c) => {
    const update = await readJson(c, s.ProfileUpdate);
    const customerId = c.get('customerId');
    const updated = deps.db.transaction(() => {
      const before = toProfile(findProfile.get(customerId) as ProfileRow);
      const changed = changes(before, update);
      if (changed.length === 0) return before;
      const at = deps.now().toISOString();
      const phones = { ...before.phones, ...update.phones };
      saveProfile.run({
        id: customerId,
        email: update.email ?? before.email,
        ...phones,
        mailingAddress: addressJson(update.mailingAddress ?? before.mailingAddress),
        updatedAt: at,
      });
      for (const change of changed) recordChange.run(customerId, change.field, change.from, change.to, at);
      return toProfile(findProfile.get(customerId) as ProfileRow);
    })();
    return c.json(updated satisfies s.Profile);
  });

  return app;
}
