import { Hono } from 'hono';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { AppDeps, AppEnv } from '../context.js';
import { ProblemError } from '../middleware/problem.js';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** The payment frame's files, embeddable only by the tenants' sites and able to talk only to us. */
export function frameRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const root = resolve(deps.frameDir);
  const policy = [
    "default-src 'none'",
    // The configured origin rather than 'self': a page that reaches this server under another
    // name (DNS rebinding) gets a frame that cannot run, instead of one that passes as ours.
    `script-src ${deps.publicOrigin}`,
    `style-src ${deps.publicOrigin}`,
    `connect-src ${deps.publicOrigin}`,
    `frame-ancestors ${deps.tenants.allOrigins().join(' ') || "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
  ].join('; ');

  app.get('/frame/*', async (c) => {
    const missing = new ProblemError(404, 'not_found', { detail: 'There is no such frame file.' });
    let file: string;
    try {
      file = resolve(root, decodeURIComponent(c.req.path.slice('/frame/'.length)));
    } catch {
      throw missing;
    }
    const type = contentTypes[extname(file)];
    if (!file.startsWith(root + sep) || type === undefined) throw missing;
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) throw missing;
    return c.body(new Uint8Array(await readFile(file)), 200, {
      'Content-Type': type,
      'Content-Security-Policy': policy,
      'Cache-Control': 'no-cache',
    });
  });

  return app;
}
