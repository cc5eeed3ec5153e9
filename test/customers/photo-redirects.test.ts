import { afterEach, describe, expect, it } from 'vitest';
import { fetchCustomerPhoto, type PhotoFetchOptions } from '../../main/customers/customer-photo.ts';
import { isPublicAddress } from '../../main/customers/public-address.ts';
import { type LocalServer, startLocalServer } from '../support/local-server.ts';

// Real servers on this PC: "the photo host" answers with redirects, and a second server stands
// for something on the shop's LAN or this PC that a photo URL must never reach. No TLS
// certificate can be had here, so the stand-in fetch carries https://photos.example/ over plain
// http to the photo host; every other URL goes to the real fetch untouched. The DNS is a
// stand-in too: it points names where each test needs them.

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const dns: Record<string, string> = {
  'photos.example': '104.18.0.1',
  'intranet.example': '127.0.0.1',
  'printer.example': '192.168.1.10',
};

async function photoHostRedirectingTo(location: (path: string) => string) {
  const inside = await startLocalServer((_request, response) =>
    response.writeHead(200, { 'content-type': 'image/png' }).end(png),
  );
  const host = await startLocalServer((request, response) => {
    if (request.url === '/real.png') response.writeHead(200, { 'content-type': 'image/png' }).end(png);
    else response.writeHead(302, { location: location(request.url ?? '/') }).end();
  });
  servers.push(inside, host);
  const fetched: string[] = [];
  const looked: string[] = [];
  const options: PhotoFetchOptions = {
    fetch: async (url, init) => {
      fetched.push(url);
      const response = await fetch(url.replace(/^https:\/\/photos\.example\//, `${host.origin}/`), init);
      // What the answer of the https URL would say it came from.
      Object.defineProperty(response, 'url', { value: url });
      return response;
    },
    lookup: async (hostname) => {
      looked.push(hostname);
      const address = dns[hostname];
      if (!address) throw new Error(`ENOTFOUND ${hostname}`);
      return [{ address }];
    },
  };
  return { inside, host, options, fetched, looked };
}

describe('a customer photo that redirects', () => {
  it('is refused when the redirect points at this PC, which never sees the request', async () => {
    const setup = await photoHostRedirectingTo(() => `https://127.0.0.1:${setup.inside.port}/a.png`);
    expect(await fetchCustomerPhoto('https://photos.example/a.png', setup.options)).toEqual({
      kind: 'skipped',
      reason: 'private-address',
    });
    expect(setup.inside.connections).toBe(0);
    expect(setup.fetched).toEqual(['https://photos.example/a.png']);
  });

  it('is refused when the redirect names a host that resolves to this PC or the LAN', async () => {
    for (const name of ['intranet.example', 'printer.example']) {
      const setup = await photoHostRedirectingTo(() => `https://${name}:${setup.inside.port}/a.png`);
      expect(await fetchCustomerPhoto('https://photos.example/a.png', setup.options), name).toEqual({
        kind: 'skipped',
        reason: 'private-address',
      });
      expect(setup.looked).toEqual(['photos.example', name]);
      expect(setup.fetched).toHaveLength(1);
      expect(setup.inside.connections).toBe(0);
    }
  });

  it('is refused when the redirect steps down to http, before connecting', async () => {
    const setup = await photoHostRedirectingTo(() => `${setup.inside.origin}/a.png`);
    expect(await fetchCustomerPhoto('https://photos.example/a.png', setup.options)).toEqual({
      kind: 'skipped',
      reason: 'not-https',
    });
    expect(setup.inside.connections).toBe(0);
  });

  it('follows at most three redirects', async () => {
    const setup = await photoHostRedirectingTo((path) => `https://photos.example${path}x`);
    expect(await fetchCustomerPhoto('https://photos.example/a', setup.options)).toEqual({
      kind: 'skipped',
      reason: 'redirects',
    });
    expect(setup.host.received.map((r) => r.line)).toEqual(['GET /a', 'GET /ax', 'GET /axx', 'GET /axxx']);
  });

  it('still arrives through a redirect that stays on the internet', async () => {
    const setup = await photoHostRedirectingTo(() => 'https://photos.example/real.png');
    expect(await fetchCustomerPhoto('https://photos.example/a.png', setup.options)).toEqual({
      kind: 'photo',
      dataUrl: `data:image/png;base64,${png.toString('base64')}`,
    });
  });

  it('is never asked of this PC, the LAN or link-local addresses in the first place', async () => {
    for (const url of [
      'https://127.0.0.1/a.png',
      'https://10.0.0.5/a.png',
      'https://172.20.1.1/a.png',
      'https://192.168.0.7/a.png',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/a.png',
      'https://[fe80::1]/a.png',
      'https://[fd12:3456::1]/a.png',
      'https://[::ffff:127.0.0.1]/a.png',
      'https://2130706433/a.png',
      'https://intranet.example/a.png',
    ]) {
      const setup = await photoHostRedirectingTo(() => '/');
      expect(await fetchCustomerPhoto(url, setup.options), url).toEqual({
        kind: 'skipped',
        reason: 'private-address',
      });
      expect(setup.fetched, url).toEqual([]);
    }
  });
});

describe('which addresses count as the public internet', () => {
  it.each([
    ['8.8.8.8', true],
    ['172.32.0.1', true],
    ['2606:4700::1111', true],
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['172.31.255.255', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['224.0.0.1', false],
    ['::1', false],
    ['::', false],
    ['fc00::1', false],
    ['fdff::1', false],
    ['fe80::1', false],
    ['febf::1', false],
    ['::ffff:10.0.0.1', false],
    ['64:ff9b::a00:1', false],
    ['2002:c0a8:101::1', false],
    ['not an address', false],
  ])('%s: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});
