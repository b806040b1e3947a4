import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** What the runner passed on: the API, the tenant under test and where the demo data is. */
export function readSettings(env = process.env) {
  const api = (env.CONFORMANCE_API ?? '').replace(/\/+$/, '');
  const tenant = env.CONFORMANCE_TENANT ?? '';
  if (!/^https?:\/\/[^/]/.test(api)) throw new Error('Set the API with --api http(s)://host[:port][/prefix].');
  if (!tenant) throw new Error('Set the tenant with --tenant <id>.');
  const dataFile = env.CONFORMANCE_DATA || here('../demo-data.json');
  let data;
  try {
    data = JSON.parse(readFileSync(dataFile, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the demo data from ${dataFile}: ${error.message}`);
  }
  const tenantData = data.tenants?.[tenant];
  if (!tenantData?.resident || !tenantData?.guestLookup) {
    throw new Error(`The demo data names no resident and guest lookup for tenant "${tenant}".`);
  }
  const otherTenant = Object.keys(data.tenants).find((id) => id !== tenant && data.tenants[id]?.guestLookup);
  if (!otherTenant) throw new Error('The demo data needs a second tenant with a guest lookup (tenant scope tests).');
  return {
    api,
    tenant,
    otherTenant,
    data,
    tenantData,
    openapi: env.CONFORMANCE_OPENAPI || here('../../docs/openapi.json'),
    skipLimits: env.CONFORMANCE_SKIP_LIMITS === '1',
  };
}
