import { Hono } from 'hono';
import * as s from '../../../../src/api/schemas.js';
import type { AppDeps, AppEnv } from '../context.js';
import * as routes from '../../../../src/api/routes.js';
import { honoRoute } from './route-path.js';
import { requireSession } from '../middleware/auth.js';
import { ProblemError } from '../middleware/problem.js';
import { maskNumber } from '../masking.js';
import type { AccountRecord, ActivityRecord } from '../storage/storage.js';

const PAGE_SIZE = 10;

/** The cursor is the (date, id) of the last item shown, so pages stay stable as rows arrive. */
function encodeCursor(row: ActivityRecord): string {
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
  const { storage } = deps;

  app.use('/v1/accounts', requireSession(deps));
  app.use('/v1/accounts/*', requireSession(deps));

  async function ownAccount(id: string, customerId: number): Promise<AccountRecord> {
    const account = await storage.customerAccount(id, customerId);
    if (!account) throw new ProblemError(404, 'not_found', { detail: 'There is no such account.' });
    return account;
  }

  app.on(...honoRoute(routes.listAccounts), async (c) => {
    const accounts = await storage.customerAccounts(c.get('customerId'));
    return c.json({ accounts: accounts.map(toAccount) } satisfies s.AccountList);
  });

  app.on(...honoRoute(routes.getAccount), async (c) => {
    return c.json(toAccount(await ownAccount(c.req.param('id'), c.get('customerId'))) satisfies s.Account);
  });

  app.on(...honoRoute(routes.listActivity), async (c) => {
    const account = await ownAccount(c.req.param('id'), c.get('customerId'));
    const rows = await storage.activityPage(account.id, decodeCursor(c.req.query('cursor')), PAGE_SIZE + 1);
    const page = rows.slice(0, PAGE_SIZE);
    const body: s.ActivityPage = {
      items: page.map((row) => ({
        id: `act-${row.id}`,
        type: row.type,
        date: row.date,
        description: row.description,
        amountCents: row.amountCents,
      })),
      nextCursor: rows.length > PAGE_SIZE ? encodeCursor(page[page.length - 1]!) : null,
    };
    return c.json(body);
  });

  return app;
}

function toAccount(account: AccountRecord): s.Account {
  return {
    id: account.id,
    maskedNumber: maskNumber(account.accountNumber),
    serviceAddress: account.serviceAddress,
    balanceCents: account.balanceCents,
    amountDueCents: account.amountDueCents,
    dueDate: account.dueDate,
    pastDueCents: account.pastDueCents,
    status: account.status,
    lastPayment: account.lastPayment,
  };
}
