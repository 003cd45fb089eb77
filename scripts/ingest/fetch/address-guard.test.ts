import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkHop, classifyAddress, ipv6Groups } from './address-guard.ts';
import type { ResolvedAddress } from './address-guard.ts';
import { fetchSource } from './fetch.ts';
import type { FetchOptions } from './fetch.ts';
import { IngestError } from './errors.ts';
import { startFaultServer, type FaultServer } from '../../../tests/helpers/fault-server.ts';

describe('classifyAddress', () => {
  test.each([
    ['93.184.216.34', 'public'],
    ['2606:4700::1111', 'public'],
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['100.128.0.1', 'public'],
    ['fd12:3456::1', 'private'],
    ['fc00::1', 'private'],
    ['::ffff:10.0.0.1', 'private'],
    ['169.254.169.254', 'metadata'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['64:ff9b::a9fe:a9fe', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['169.254.1.1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'reserved'],
  ])('%s is %s', (ip, cls) => {
    expect(classifyAddress(ip)).toBe(cls);
  });

  test('expands IPv6 with :: and a dotted IPv4 tail', () => {
    expect(ipv6Groups('::ffff:1.2.3.4')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]);
    expect(ipv6Groups('fe80::1')).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
  });
});

/** A resolver answering from a table; it never asks real DNS. */
const stub =
  (table: Record<string, string[]>) =>
  async (host: string): Promise<ResolvedAddress[]> => {
    const list = table[host];
    if (!list) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return list.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };

const hop = (
  url: string,
  allowPrivate: boolean,
  previous?: 'public' | 'loopback',
  table: Record<string, string[]> = {},
) => checkHop(new URL(url), { allowPrivate, resolve: stub(table) }, previous, url);

describe('checkHop', () => {
  test('lets a public host through and returns the addresses it checked', async () => {
    await expect(hop('https://news.test/feed', false, undefined, { 'news.test': ['93.184.216.34'] })).resolves.toEqual({
      addresses: [{ address: '93.184.216.34', family: 4 }],
      cls: 'public',
    });
  });

  test.each([
    ['a cloud metadata address', 'http://169.254.169.254/latest/meta-data/', /cloud metadata/],
    ['a host resolving to the metadata address', 'http://meta.test/', /cloud metadata/],
    ['a link-local address', 'http://[fe80::1]/', /link-local/],
    ['the unspecified address', 'http://0.0.0.0/', /unspecified/],
    ['a multicast address', 'http://224.0.0.1/', /multicast/],
  ])('always refuses %s, private addresses allowed or not', async (_name, url, message) => {
    const err = await hop(url, true, undefined, { 'meta.test': ['169.254.169.254'] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect(err).toMatchObject({ kind: 'blocked-address', message: expect.stringMatching(message) });
  });

  test.each([
    ['loopback', 'http://127.0.0.1:8080/'],
    ['loopback written as a decimal number', 'http://2130706433/'],
    ['loopback written in octal', 'http://0177.0.0.1/'],
    ['loopback as IPv4-mapped IPv6', 'http://[::ffff:127.0.0.1]/'],
    ['IPv6 loopback', 'http://[::1]/'],
    ['a private network', 'http://192.168.0.10/'],
    ['CGNAT', 'http://100.64.1.1/'],
    ['a host with one private address among public ones', 'http://mixed.test/'],
  ])('refuses %s unless allow_private_addresses is set', async (_name, url) => {
    const table = { 'mixed.test': ['93.184.216.34', '10.0.0.7'] };
    await expect(hop(url, false, undefined, table)).rejects.toMatchObject({
      kind: 'blocked-address',
      message: expect.stringMatching(/allow_private_addresses: true/),
    });
    await expect(hop(url, true, undefined, table)).resolves.toMatchObject({
      cls: expect.stringMatching(/loopback|private/),
    });
  });

  test('refuses a redirect from a public address to a private one, even when private addresses are allowed', async () => {
    const err = await hop('http://intranet.test/admin', true, 'public', { 'intranet.test': ['10.0.0.5'] }).catch(
      (e: IngestError) => e,
    );
    expect(err).toMatchObject({
      kind: 'blocked-address',
      message: expect.stringContaining(
        '10.0.0.5): a private-network address, reached by a redirect from a public address',
      ),
    });
  });
});

describe('fetchSource with the address guard', () => {
  let server: FaultServer;
  let port: string;
  const opts: FetchOptions = { userAgent: 'ai-access-watch-test/1.0', timeoutMs: 3000, maxBytes: 1024 * 1024 };
  beforeAll(async () => {
    server = await startFaultServer({
      routes: {
        '/to-metadata': (_q, res) =>
          void res.writeHead(302, { location: 'http://metadata.test/latest/meta-data/' }).end(),
        '/to-link-local': (_q, res) => void res.writeHead(301, { location: 'http://169.254.1.1/' }).end(),
      },
    });
    port = new URL(server.url).port;
  });
  afterAll(() => server.close());

  test('refuses the loopback fixture server without allow_private_addresses, sending nothing', async () => {
    const hits = server.hits.length;
    const err = await fetchSource(`${server.url}/feed.xml`, opts).catch((e: IngestError) => e);
    expect(err).toMatchObject({ kind: 'blocked-address', message: expect.stringContaining('a loopback address') });
    expect(server.hits.length).toBe(hits);
  });

  test.each(['/to-metadata', '/to-link-local'])('refuses a redirect (%s) before following it', async (path) => {
    const resolve = stub({ 'metadata.test': ['169.254.169.254'] });
    const err = await fetchSource(`${server.url}${path}`, { ...opts, allowPrivateAddresses: true, resolve }).catch(
      (e: IngestError) => e,
    );
    expect(err).toMatchObject({ kind: 'blocked-address' });
  });

  test('counts a name resolution that never answers against the timeout', async () => {
    const never = () => new Promise<ResolvedAddress[]>(() => {});
    const err = await fetchSource('http://slow-dns.test/feed.xml', { ...opts, timeoutMs: 200, resolve: never }).catch(
      (e: IngestError) => e,
    );
    expect(err).toMatchObject({ kind: 'timeout' });
  });

  test('reports a name that does not resolve as a network failure naming it', async () => {
    const err = await fetchSource('http://nowhere.test/feed.xml', { ...opts, resolve: stub({}) }).catch(
      (e: IngestError) => e,
    );
    expect(err).toMatchObject({ kind: 'network', message: expect.stringContaining('ENOTFOUND') });
  });

  test('connects to the address it checked, resolving each host once (no second DNS answer is used)', async () => {
    const answers = [['127.0.0.1'], ['169.254.169.254']];
    let calls = 0;
    const rebinding = async () => (answers[Math.min(calls++, 1)] ?? []).map((address) => ({ address, family: 4 }));
    const r = await fetchSource(`http://feed.test:${port}/feed.xml`, {
      ...opts,
      allowPrivateAddresses: true,
      resolve: rebinding,
    });
    expect(r.kind).toBe('ok');
    expect(calls).toBe(1);
    expect(server.hits.at(-1)?.headers.host).toBe(`feed.test:${port}`);
  });
});
