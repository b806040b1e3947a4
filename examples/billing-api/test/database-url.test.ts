import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { freePort } from './instances.js';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

/** Runs the server with `databaseUrl` and resolves with how it ended; it must end by itself. */
async function start(databaseUrl: string): Promise<{ code: number | null; stderr: string; port: number }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  assert.equal(stdout, '', 'it never announced that it was listening');
  return { code, stderr, port };
}

async function nothingListens(port: number): Promise<void> {
  await assert.rejects(fetch(`http://127.0.0.1:${port}/v1/tenants/san-clemente`));
}

describe('DATABASE_URL', () => {
  it('refuses a value that is not a URL, with a message and a non-zero exit', async () => {
    const ended = await start('postgres//no-colon');
    assert.equal(ended.code, 1);
    assert.equal(
      ended.stderr.trim(),
      'DATABASE_URL is not a URL; expected postgres://user:password@host:5432/database',
    );
    await nothingListens(ended.port);
  });

  it('refuses another scheme', async () => {
    const ended = await start('mysql://user:pw@127.0.0.1/civicpay');
    assert.equal(ended.code, 1);
    assert.equal(ended.stderr.trim(), 'DATABASE_URL must start with postgres:// or postgresql://, not mysql://');
  });

  it('stops with the reason when the database cannot be reached, hiding the password', async () => {
    const deadPort = await freePort();
    const ended = await start(`postgres://civicpay:s3cret-pw@127.0.0.1:${deadPort}/civicpay`);
    assert.equal(ended.code, 1);
    assert.match(
      ended.stderr,
      new RegExp(
        `^Cannot open the database postgres://civicpay:\\*\\*\\*@127\\.0\\.0\\.1:${deadPort}/civicpay: .*ECONNREFUSED`,
      ),
    );
    assert.ok(!ended.stderr.includes('s3cret-pw'), 'the password is never printed');
    assert.equal(ended.stderr.trim().split('\n').length, 1, 'one line, no stack trace');
    await nothingListens(ended.port);
  });
});
