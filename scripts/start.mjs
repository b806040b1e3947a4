// `npm start`: builds, starts the reference billing API and serves the demo site.
import { build } from './build.mjs';
import { startApi } from './lib/api-server.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { ports } from './lib/ports.mjs';

await build();
const api = await startApi({ port: ports.demoApi });
const apiOrigins = [api.url, api.url.replace('localhost', '127.0.0.1')];
const site = await startStaticServer({ root: 'examples/affiliate-site', port: ports.demoSite, apiOrigins });

console.log(`
civicpay demo
  City of San Clemente:  ${site.url}/
  Harbor District:       ${site.url}/harbor/
  Billing API:           ${api.url}/v1/tenants/san-clemente
Sign in as "resident" with password "civicpay-demo-1". Press Ctrl+C to stop.`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await Promise.all([api.stop(), site.stop()]);
    process.exit(0);
  });
}
