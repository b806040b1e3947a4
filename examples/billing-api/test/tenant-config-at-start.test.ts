import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { openStorage } from '../src/storage/open-storage.js';
import { startMain } from './main-process.js';

const scratch = mkdtempSync(join(tmpdir(), 'civicpay-tenant-config-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A seeded SQLite database whose San Clemente row lists `origin` among its allowed origins. */
async function databaseWithOrigin(origin: string): Promise<string> {
  const path = join(scratch, `${Date.now()}.sqlite`);
  await (await openStorage({ sqlitePath: path })).close();
  const db = new Database(path);
  const row = db.prepare('SELECT config_json FROM tenants WHERE id = ?').get('san-clemente') as { config_json: string };
  const config = JSON.parse(row.config_json) as { allowedOrigins: string[] };
  config.allowedOrigins.push(origin);
  db.prepare('UPDATE tenants SET config_json = ? WHERE id = ?').run(JSON.stringify(config), 'san-clemente');
  db.close();
  return path;
}

describe('tenant configuration read at start', () => {
  it('refuses an allowed origin that is not an origin, naming the tenant and the value, before listening', async () => {
    // A SQLite file edited by hand, whichever database the other tests run on.
    const main = await startMain({ DATABASE_URL: '', DB_PATH: await databaseWithOrigin('https://city.example/pay/') });
    const timer = setTimeout(() => main.child.kill('SIGKILL'), 20_000);
    const code = await main.exited;
    clearTimeout(timer);

    assert.equal(code, 1);
    assert.match(
      main.output(),
      /^Tenant "san-clemente" configuration is invalid: allowedOrigins\.\d+ "https:\/\/city\.example\/pay\/"/,
    );
    assert.equal(main.output().trim().split('\n').length, 1, 'one line, no stack trace, never a start line');
    await assert.rejects(fetch(`${main.base}/healthz`));
  });
});
