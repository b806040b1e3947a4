import { spawn } from 'node:child_process';

/**
 * Starts the reference billing API in a child process and resolves once it answers.
 * `env` adds settings such as DB_PATH or EXTRA_ORIGINS.
 */
export async function startApi({ port, env = {}, quiet = false }) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'examples/billing-api/src/main.ts'], {
    env: { ...process.env, PORT: String(port), ...env },
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
  });
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The billing API exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/v1/tenants/san-clemente`);
      if (response.ok) return { url, stop: () => stop(child) };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop(child);
  throw new Error(`The billing API did not answer on ${url} within 30 s`);
}

function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
