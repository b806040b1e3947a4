import { isIPv4, isIPv6 } from 'node:net';

/**
 * The key a client's attempts are counted under. One IPv6 subscriber usually holds a whole /64,
 * so counting full addresses would give them 2^64 tries: IPv6 counts by its /64 prefix, an
 * IPv4-mapped address (::ffff:192.0.2.1, what a dual-stack socket reports) as the IPv4 address,
 * and anything else (already IPv4, or not an address) as it is.
 */
export function limitKeyForAddress(address: string): string {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!isIPv6(bare)) return address;
  const groups = expandIPv6(bare);
  const mapped = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  if (mapped) return `${groups[6]! >> 8}.${groups[6]! & 0xff}.${groups[7]! >> 8}.${groups[7]! & 0xff}`;
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, with `::` and a trailing IPv4 part expanded. */
function expandIPv6(address: string): number[] {
  let text = address.toLowerCase();
  const ipv4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (ipv4 !== undefined && isIPv4(ipv4)) {
    const [a, b, c, d] = ipv4.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, -ipv4.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const left = parse(head);
  if (tail === undefined) return left;
  const right = parse(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}
