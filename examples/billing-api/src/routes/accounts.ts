import { Hono } from 'hono';
import type { Database } from 'better-sqlite3';
import * as s from '../../../../src/api/schemas.js';
import type { AppDeps, AppEnv } from '../context.js';
import { requireSession } from '../middleware/auth.js';
import { ProblemError } from '../middleware/problem.js';
import { maskNumber } from '../masking.js';

const PAGE_SIZE = 10;

interface AccountRow {
  id: string;
  account_number: string;
  service_address_json: string;
  balance_cents: number;
  amount_due_cents: number;
  past_due_cents: number;
  due_date: string | null;
  status: s.Account['status'];
}

interface ActivityRow {
  id: number;
  type: s.ActivityItem['type'];
  date: string;
  description: string;
  amount_cents: number;
}

/** The cursor is the (date, id) of the last item shown, so pages stay stable as rows arrive. */
function encodeCursor(row: ActivityRow): string {
  return Buffer.from(JSON.stringify([row.date, row.id])).toString('base64url');
}

function decodeCursor(cursor: string | undefined): [string, number] {
  if (cursor === undefined) return ['9999-12-31', Number.MAX_SAFE_INTEGER];
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      typeof value[0] === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(value[0]) &&
      Number.isSafeInteger(value[1])
    ) {
      return [value[0], value[1] as number];
    }
  } catch {
    // Falls through to the validation problem below.
  }
  throw new ProblemError(422, 'validation', { errors: [{ field: 'cursor', code: 'invalid_cursor' }] });
}

export function accountRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const listAccounts = deps.db.prepare('SELECT * FROM accounts WHERE customer_id = ? ORDER BY account_number');
  const findAccount = deps.db.prepare('SELECT * FROM accounts WHERE id = ? AND customer_id = ?');
  const activityPage = deps.db.prepare(`
    SELECT id, type, date, description, amount_cents FROM account_activity
    WHERE account_id = ? AND (date < ? OR (date = ? AND id < ?))
    ORDER BY date DESC, id DESC LIMIT ?`);

  app.use('/v1/accounts', requireSession(deps));
  app.use('/v1/accounts/*', requireSession(deps));

  function ownAccount(id: string, customerId: number): AccountRow {
    const row = findAccount.get(id, customerId) as AccountRow | undefined;
    if (!row) throw new ProblemError(404, 'not_found', { detail: 'There is no such account.' });
    return row;
  }

  app.get('/v1/accounts', (c) => {
    const rows = listAccounts.all(c.get('customerId')) as AccountRow[];
    return c.json({ accounts: rows.map((row) => toAccount(deps.db, row)) } satisfies s.AccountList);
  });

  app.get('/v1/accounts/:id', (c) => {
    return c.json(toAccount(deps.db, ownAccount(c.req.param('id'), c.get('customerId'))) satisfies s.Account);
  });

  app.get('/v1/accounts/:id/activity', (c) => {
    const account = ownAccount(c.req.param('id'), c.get('customerId'));
    const [date, id] = decodeCursor(c.req.query('cursor'));
    const rows = activityPage.all(account.id, date, date, id, PAGE_SIZE + 1) as ActivityRow[];
    const page = rows.slice(0, PAGE_SIZE);
    const body: s.ActivityPage = {
      items: page.map((row) => ({
        id: `act-${row.id}`,
        type: row.type,
        date: row.date,
        description: row.description,
        amountCents: row.amount_cents,
      })),
      nextCursor: rows.length > PAGE_SIZE ? encodeCursor(page[page.length - 1]!) : null,
    };
    return c.json(body);
  });

  return app;
}

function toAccount(db: Database, row: AccountRow): s.Account {
  const lastPayment = db
    .prepare(
      "SELECT -amount_cents AS amountCents, date FROM account_activity WHERE account_id = ? AND type = 'payment' ORDER BY date DESC, id DESC LIMIT 1",
    )
    .get(row.id) as { amountCents: number; date: string } | undefined;
  return {
    id: row.id,
    maskedNumber: maskNumber(row.account_number),
    serviceAddress: JSON.parse(row.service_address_json) as s.Address,
    balanceCents: row.balance_cents,
    amountDueCents: row.amount_due_cents,
    dueDate: row.due_date,
    pastDueCents: row.past_due_cents,
    status: row.status,
    lastPayment: lastPayment ?? null,
  };
}
