/**
 * Where a fetch may go. Every hop (the first URL and each redirect) is resolved, and every
 * address it resolves to is classified: cloud metadata, link-local, unspecified, multicast and
 * reserved addresses are always refused; private (RFC 1918, CGNAT, ULA) and loopback ones only
 * with `allow_private_addresses: true`, and never after a hop to a public address (a public
 * page must not redirect the ingester into the network it runs in). The addresses checked are
 * the ones the connection then uses (see `pinnedAgent` in fetch.ts), so a second DNS answer
 * cannot swap them (DNS rebinding).
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { IngestError } from './errors.ts';

export type AddressClass =
  | 'public'
  | 'private'
  | 'loopback'
  | 'link-local'
  | 'metadata'
  | 'unspecified'
  | 'multicast'
  | 'reserved';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Every address of a host name (tests pass a stub; they never resolve real names). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

export interface AddressPolicy {
  allowPrivate: boolean;
  resolve?: Resolver;
}

const ALWAYS_REFUSED: ReadonlySet<AddressClass> = new Set([
  'link-local',
  'metadata',
  'unspecified',
  'multicast',
  'reserved',
]);
const INTERNAL: ReadonlySet<AddressClass> = new Set(['private', 'loopback']);

const DESCRIPTION: Record<AddressClass, string> = {
  public: 'a public address',
  private: 'a private-network address',
  loopback: 'a loopback address',
  'link-local': 'a link-local address',
  metadata: 'a cloud metadata address',
  unspecified: 'the unspecified address',
  multicast: 'a multicast address',
  reserved: 'a reserved address',
};

/** [first, prefix length, class] rows, most specific first. */
const IPV4_RANGES: [string, number, AddressClass][] = [
  ['169.254.169.254', 32, 'metadata'],
  ['0.0.0.0', 8, 'unspecified'],
  ['127.0.0.0', 8, 'loopback'],
  ['10.0.0.0', 8, 'private'],
  ['172.16.0.0', 12, 'private'],
  ['192.168.0.0', 16, 'private'],
  ['100.64.0.0', 10, 'private'],
  ['169.254.0.0', 16, 'link-local'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];

const ipv4Number = (ip: string) => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);

function classifyIpv4(ip: string): AddressClass {
  const n = ipv4Number(ip);
  for (const [first, bits, cls] of IPV4_RANGES) {
    const size = 2 ** (32 - bits);
    if (n >= ipv4Number(first) && n < ipv4Number(first) + size) return cls;
  }
  return 'public';
}

/** An IPv6 address as eight 16-bit groups (`::` expanded, a dotted IPv4 tail split in two). */
export function ipv6Groups(ip: string): number[] {
  let text = ip.replace(/%.*$/, '');
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const n = ipv4Number(v4[1]);
    text = `${text.slice(0, v4.index)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parse = (s: string | undefined) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const front = parse(head);
  const back = parse(tail);
  return tail === undefined ? front : [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}

function classifyIpv6(ip: string): AddressClass {
  const g = ipv6Groups(ip);
  const embeddedV4 = () => `${g[6] >> 8}.${g[6] & 255}.${g[7] >> 8}.${g[7] & 255}`;
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroUpTo(8)) return 'unspecified';
  if (zeroUpTo(7) && g[7] === 1) return 'loopback';
  if (zeroUpTo(5) && g[5] === 0xffff) return classifyIpv4(embeddedV4()); // IPv4-mapped ::ffff:a.b.c.d
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return classifyIpv4(embeddedV4()); // NAT64
  if (g.map((x) => x.toString(16)).join(':') === 'fd00:ec2:0:0:0:0:0:254') return 'metadata';
  if ((g[0] & 0xfe00) === 0xfc00 || (g[0] & 0xffc0) === 0xfec0) return 'private'; // ULA, old site-local
  if ((g[0] & 0xffc0) === 0xfe80) return 'link-local';
  if ((g[0] & 0xff00) === 0xff00) return 'multicast';
  return 'public';
}

/** The class of one IP address (v4 or v6, including IPv4-mapped v6). */
export function classifyAddress(ip: string): AddressClass {
  return isIP(ip) === 4 ? classifyIpv4(ip) : classifyIpv6(ip);
}

/** The URL's host without IPv6 brackets. */
export const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '');

/** What a hop resolved to, and its most internal class (what the redirect rule compares). */
export interface CheckedHop {
  addresses: ResolvedAddress[];
  cls: AddressClass;
}

/**
 * Resolves and checks one hop. `previous` is the class of the hop that redirected here.
 * Throws IngestError('blocked-address') naming the address and its class.
 */
export async function checkHop(
  url: URL,
  policy: AddressPolicy,
  previous: AddressClass | undefined,
  original: string,
): Promise<CheckedHop> {
  const host = hostOf(url);
  const addresses = isIP(host)
    ? [{ address: host, family: isIP(host) }]
    : await (policy.resolve ?? systemResolver)(host);
  let cls: AddressClass = 'public';
  for (const { address } of addresses) {
    const c = classifyAddress(address);
    const refuse = (why: string) =>
      new IngestError('blocked-address', `${original}: refusing ${url.host} (${address}): ${DESCRIPTION[c]}${why}`);
    if (ALWAYS_REFUSED.has(c)) throw refuse('');
    if (INTERNAL.has(c) && previous === 'public') throw refuse(', reached by a redirect from a public address');
    if (INTERNAL.has(c) && !policy.allowPrivate)
      throw refuse(' (allowed only with allow_private_addresses: true in the defaults of sources.yaml)');
    if (c !== 'public') cls = c;
  }
  return { addresses, cls };
}
