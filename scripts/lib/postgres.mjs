import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DEBIAN_ROOT = '/usr/lib/postgresql';

export const NO_POSTGRES_MESSAGE =
  'No PostgreSQL server binaries found (looked in /usr/lib/postgresql/<version>/bin) and not running as root,\n' +
  'so none can be installed. Install one (on Debian: sudo apt-get install postgresql) or point the tests at a\n' +
  'server where they may create and drop databases: TEST_DATABASE_URL=postgres://user:password@host:5432/postgres';

/** The newest Debian PostgreSQL bin directory, or undefined. */
export function findPostgresBin() {
  if (!existsSync(DEBIAN_ROOT)) return undefined;
  const versions = readdirSync(DEBIAN_ROOT)
    .filter((name) => /^\d+$/.test(name) && existsSync(join(DEBIAN_ROOT, name, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(DEBIAN_ROOT, versions[0], 'bin') : undefined;
}

const isRoot = () => process.getuid?.() === 0;

/**
 * The bin directory of a PostgreSQL server to start, installing Debian's package when running as
 * root and none is found; throws NO_POSTGRES_MESSAGE otherwise.
 */
function ensurePostgresBin() {
  const found = findPostgresBin();
  if (found) return found;
  if (!isRoot()) throw new Error(NO_POSTGRES_MESSAGE);
  console.log("No PostgreSQL found: installing Debian's postgresql package…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', 'postgresql'], { stdio: 'inherit', env });
  const installed = findPostgresBin();
  if (!installed) throw new Error(`apt-get installed postgresql, but no pg_ctl is in ${DEBIAN_ROOT}/<version>/bin`);
  return installed;
}

/** A port nobody listens on right now, chosen by the kernel. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The server refuses to run as root, so as root every server command runs as the postgres user. */
function runAsServerUser(command, args) {
  const [file, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    execFile(file, argv, { encoding: 'utf8' }, (error, stdout, stderr) => {
      if (!error) return resolve();
      const output = `${stdout ?? ''}${stderr ?? ''}`.trim();
      reject(
        new Error(`${command.split('/').pop()} ${args[0] ?? ''} failed (${error.code ?? error.message}): ${output}`),
      );
    });
  });
}

/**
 * Starts a throwaway PostgreSQL server for tests: a new cluster in a temporary directory, trust
 * authentication, listening on 127.0.0.1 only at `port` (a free one by default). Resolves to
 * `{ url, stop, restart }`: `url` reaches the `postgres` database as superuser `postgres`, `stop`
 * kills the server and removes the directory, `restart` stops it abruptly and starts it again on
 * the same port (connections in flight break, data stays). With TEST_DATABASE_URL set, that
 * server is used instead and nothing is started: `stop` does nothing and there is no `restart`;
 * `ownServer: true` starts one all the same (for a test that must restart it).
 * Throws NO_POSTGRES_MESSAGE when there is no server to start and none can be installed.
 */
export async function startPostgres({ port, ownServer = false } = {}) {
  if (process.env.TEST_DATABASE_URL && !ownServer) return { url: process.env.TEST_DATABASE_URL, stop: async () => {} };
  const bin = ensurePostgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'civicpay-postgres-'));
  if (isRoot()) {
    const { uid, gid } = postgresUser();
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const serverPort = port ?? (await freePort());
  // Durability is not what these tests measure: fsync off keeps a 2-core machine quick.
  const serverOptions = `-k ${dir} -c listen_addresses=127.0.0.1 -p ${serverPort} -c fsync=off -c full_page_writes=off`;
  const pgCtl = join(bin, 'pg_ctl');
  const start = () => runAsServerUser(pgCtl, ['start', '-w', '-t', '60', '-D', data, '-l', log, '-o', serverOptions]);
  const kill = () => runAsServerUser(pgCtl, ['stop', '-m', 'immediate', '-w', '-D', data]);

  try {
    await runAsServerUser(join(bin, 'initdb'), [
      '-D',
      data,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--no-sync',
    ]);
    await start();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`Could not start a test PostgreSQL server: ${error.message}\n${readLog(log)}`);
  }

  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${serverPort}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      // Already down or not: the directory goes either way.
      await kill().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
    async restart() {
      await kill();
      await start();
    },
  };
}

function postgresUser() {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  if (!line) throw new Error('The postgresql package is installed but there is no postgres user.');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

function readLog(path) {
  try {
    return readFileSync(path, 'utf8').slice(-2000);
  } catch {
    return '';
  }
}
