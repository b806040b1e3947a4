import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { openStorage } from '../src/storage/open-storage.js';
import { freePort } from './instances.js';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
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
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
      env: { ...process.env, DB_PATH: await databaseWithOrigin('https://city.example/pay/'), PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    clearTimeout(timer);

    assert.equal(code, 1);
    assert.equal(stdout, '', 'it never announced that it was listening');
    assert.match(
      stderr,
      /^Tenant "san-clemente" configuration is invalid: allowedOrigins\.\d+ "https:\/\/city\.example\/pay\/"/,
    );
    assert.equal(stderr.trim().split('\n').length, 1, 'one line, no stack trace');
    await assert.rejects(fetch(`http://127.0.0.1:${port}/healthz`));
  });
});
