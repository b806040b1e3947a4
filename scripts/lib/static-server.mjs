import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Serves the demo site: `/dist/…` from the build, everything else from `root`, under the strict
 * Content-Security-Policy a city would use (no inline script or style, Trusted Types required).
 * `trustedTypesPolicies` names policies the page's other scripts create, beside civicpay's.
 */
export function startStaticServer({ root, port, apiOrigins, trustedTypesPolicies = [] }) {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self' ${apiOrigins.join(' ')}`,
    `frame-src ${apiOrigins.join(' ')}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "require-trusted-types-for 'script'",
    // Every Trusted Types policy civicpay creates, by name (docs/security.md).
    ['trusted-types lit-html civicpay-loader civicpay-consent', ...trustedTypesPolicies].join(' '),
  ].join('; ');

  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const base = path.startsWith('/dist/') ? resolve('dist') : resolve(root);
    const relative = path.startsWith('/dist/') ? path.slice('/dist/'.length) : path.slice(1);
    let file = normalize(join(base, relative));
    if (!file.startsWith(base)) return send(response, 403, 'Forbidden');
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      return send(response, 404, 'Not found');
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });

  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(port, () =>
      resolveStart({
        url: `http://localhost:${port}`,
        stop: () => new Promise((done) => server.close(() => done())),
      }),
    );
  });
}

function send(response, status, text) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}
