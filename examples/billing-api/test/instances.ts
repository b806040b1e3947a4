import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STORAGE_KIND, newPostgresDatabase } from './test-storage.js';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

export interface Instance {
  url: string;
  child: ChildProcess;
  /** What the process wrote to stderr so far. */
  errors: () => string;
  stop: () => Promise<void>;
}

/** A port nobody listens on right now, chosen by the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Settings that put instances on one new database of the kind under test. */
export async function sharedDatabaseEnv(): Promise<Record<string, string>> {
  if (STORAGE_KIND === 'postgres') return { DATABASE_URL: await newPostgresDatabase() };
  return { DB_PATH: join(mkdtempSync(join(tmpdir(), 'civicpay-instances-')), 'shared.sqlite') };
}

/** Runs `main.ts` as its own process; resolves once it answers, rejects if it exits first. */
export async function startInstance(env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, DATABASE_URL: '', ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const instance: Instance = {
    url: `http://127.0.0.1:${port}`,
    child,
    errors: () => stderr,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The instance exited with ${child.exitCode}: ${stderr}`);
    try {
      if ((await fetch(`${instance.url}/v1/tenants/san-clemente`)).ok) return instance;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await instance.stop();
  throw new Error(`The instance did not answer within 30 s: ${stderr}`);
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as unknown) : undefined };
}
