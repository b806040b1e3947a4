import * as z from 'zod/mini';
import * as s from '../../../src/api/schemas.js';

function isBareOrigin(value: string): boolean {
  return z.safeParse(s.Origin, value).success && URL.canParse(value) && new URL(value).origin === value;
}

/**
 * An origin exactly as a browser sends it in `Origin` and `event.origin`. Beyond the shared
 * schema's pattern, this refuses what would silently never match: a default port (`:443`), a
 * leading zero in a port, an IPv4 or IPv6 address written another way.
 */
export const BareOrigin = z
  .string()
  .check(
    z.refine(isBareOrigin, 'not an origin: scheme://host[:port] as a browser sends it, with no path or trailing slash'),
  );

/** A tenant's configuration as the server loads it: the shared schema, stricter about origins. */
export const TenantConfig = z.extend(s.Tenant, { allowedOrigins: z.array(BareOrigin) });
