// Serves the consent recipes' city pages (test/e2e/fixtures/recipes/site) and local stand-ins for
// the vendors' files (…/vendor), one server on port 0 under two host names: the pages on
// localhost, the vendors on 127.0.0.1, another site. The pages name the vendors' real addresses,
// as docs/consent.md does; the server points them at the stand-ins, so nothing leaves the machine.
// `strict*` pages get a strict Content-Security-Policy with Trusted Types; the others none.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const fixtures = resolve('test/e2e/fixtures/recipes');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
// 1×1 transparent GIF, the answer to a pixel request.
const pixel = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** Real vendor address prefix → the stand-in's path on the vendor host. */
const vendorPaths = {
  'https://www.googletagmanager.com/': '/vendor/googletagmanager/',
  'https://connect.facebook.net/': '/vendor/facebook-connect/',
  'https://www.facebook.com/': '/vendor/facebook/',
  'https://www.youtube-nocookie.com/': '/vendor/youtube/',
  'https://translate.google.com/': '/vendor/translate/',
};

/** Stand-in path → file in …/vendor. */
const vendorFiles = [
  [/^\/vendor\/googletagmanager\/gtag\/js$/, 'gtag.js'],
  [/^\/vendor\/facebook-connect\/en_US\/fbevents\.js$/, 'fbevents.js'],
  [/^\/vendor\/youtube\/embed\/[\w-]+$/, 'youtube-embed.html'],
  [/^\/vendor\/translate\/translate_a\/element\.js$/, 'element.js'],
];

export async function startRecipeServer() {
  /** Every request: host, path with query, and when. */
  const requests = [];
  let vendor;
  const csp = () =>
    [
      "default-src 'self'",
      `script-src 'self' ${vendor}`,
      "style-src 'self'",
      `img-src 'self' data: ${vendor}`,
      `frame-src ${vendor}`,
      `connect-src 'self' ${vendor}`,
      "object-src 'none'",
      "base-uri 'self'",
      "require-trusted-types-for 'script'",
      'trusted-types lit-html civicpay-loader civicpay-consent',
    ].join('; ');

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    requests.push({ host: url.hostname, path: url.pathname + url.search, at: Date.now() });
    try {
      if (url.pathname === '/vendor/facebook/tr') return send(response, 200, 'image/gif', pixel);
      if (url.pathname === '/favicon.ico') return send(response, 204, 'image/x-icon', '');
      if (url.pathname === '/streamed.html') return streamPage(response);
      const vendorFile = vendorFiles.find(([pattern]) => pattern.test(url.pathname))?.[1];
      if (vendorFile) {
        const body = await readFile(join(fixtures, 'vendor', vendorFile));
        return send(response, 200, types[extname(vendorFile)], body);
      }
      const fromDist = url.pathname.startsWith('/dist/');
      const base = fromDist ? resolve('dist') : join(fixtures, 'site');
      const file = normalize(join(base, fromDist ? url.pathname.slice('/dist/'.length) : url.pathname));
      if (!file.startsWith(base)) return send(response, 403, 'text/plain', 'Forbidden');
      let body = await readFile(file);
      if (!fromDist) {
        let text = body.toString('utf8');
        for (const [real, local] of Object.entries(vendorPaths)) text = text.replaceAll(real, `${vendor}${local}`);
        body = text;
      }
      const strict = /^\/strict[\w-]*\.html$/.test(url.pathname);
      return send(response, 200, types[extname(file)] ?? 'application/json', body, strict ? csp() : undefined);
    } catch {
      return send(response, 404, 'text/plain', 'Not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  vendor = `http://127.0.0.1:${port}`;
  return {
    siteUrl: `http://localhost:${port}`,
    vendorOrigin: vendor,
    requests,
    stop: () => new Promise((done) => server.close(() => done())),
  };
}

/**
 * A page that arrives in two parts, 400 ms apart, the break inside a gated inline block: the
 * browser has parsed half the block when civicpay (already running) first sees it.
 */
async function streamPage(response) {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.write(
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Streamed</title>' +
      '<script src="/dist/civicpay.min.js" data-consent-revision="2017-12-08"></script></head><body>' +
      '<script type="text/plain" data-civic-consent="analytics">window.streamedParts = ["first"];\n',
  );
  await new Promise((done) => setTimeout(done, 400));
  response.end('window.streamedParts.push("second");</script></body></html>');
}

function send(response, status, type, body, csp) {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    ...(csp ? { 'content-security-policy': csp } : {}),
  });
  response.end(body);
}
