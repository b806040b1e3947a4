/**
 * The client's address as the nearest of `hops` reverse proxies saw it: each proxy appends the
 * address it received the request from to X-Forwarded-For, so the entry `hops` from the end is
 * the last one a trusted proxy wrote. Entries further left come from the client and can be forged.
 * Undefined when the header has fewer entries than there are proxies (a request that bypassed them).
 */
export function addressBehindProxies(forwardedFor: string | undefined, hops: number): string | undefined {
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.at(-hops);
}
