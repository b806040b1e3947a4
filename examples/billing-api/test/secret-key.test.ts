import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { freePort } from './instances.js';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

describe('SECRET_KEY', () => {
  it('refuses a key shorter than 32 characters before opening the database, naming the length only', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
      env: { ...process.env, SECRET_KEY: 'short-secret', PORT: String(await freePort()), DB_PATH: '/nonexistent/x' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    clearTimeout(timer);
    assert.equal(code, 1);
    assert.equal(stderr.trim(), 'SECRET_KEY must be at least 32 characters, not 12.');
    assert.ok(!stderr.includes('short-secret'), 'the key is never echoed');
  });
});
