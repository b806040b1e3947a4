import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newPostgresDatabase, STORAGE_KIND } from './test-storage.js';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

export interface MainProcess {
  child: ChildProcess;
  base: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output: () => string;
  exited: Promise<number | null>;
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs `npm run api`'s entry point on a throwaway database of the kind under test. */
export async function startMain(env: Record<string, string> = {}): Promise<MainProcess> {
  const port = await freePort();
  const database =
    STORAGE_KIND === 'postgres'
      ? { DATABASE_URL: await newPostgresDatabase() }
      : { DB_PATH: join(mkdtempSync(join(tmpdir(), 'civicpay-main-')), 'db.sqlite') };
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      ...database,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, base: `http://127.0.0.1:${port}`, output: () => output, exited };
}

/** Resolves once the process answers /healthz, or rejects with its output when it exits first. */
export async function ready(main: MainProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (main.child.exitCode !== null) throw new Error(`exited ${main.child.exitCode}: ${main.output()}`);
    const ok = await fetch(`${main.base}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no answer within 30 s: ${main.output()}`);
}
