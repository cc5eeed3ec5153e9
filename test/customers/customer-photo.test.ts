import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchCustomerPhoto, type PhotoFetchOptions } from '../../main/customers/customer-photo.ts';
import { type RunningSimulator, startSimulator } from '../../main/simulator/index.ts';
import { type OpenApp, openApp } from '../support/open-app.ts';
import { seededCustomers } from './counter.ts';

// The photo servers are on the internet, which this machine cannot reach: a stand-in fetch
// (and a stand-in DNS) answer in their place. Everything else (the checks, the size cap, the data: URL) is real.

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const jpegStart = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);

type Fetch = NonNullable<PhotoFetchOptions['fetch']>;

function standIn(answer: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const calls: string[] = [];
  const fetch: Fetch = async (url, init) => {
    calls.push(url);
    return answer(url, init);
  };
  return { fetch, calls };
}

const image = (bytes: Uint8Array, type = 'image/png', headers: Record<string, string> = {}) =>
  new Response(bytes, { headers: { 'content-type': type, ...headers } });

/** A body that never stops coming, a chunk at a time, without a length header. */
function endless(): Response {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      controller.enqueue(sent === 0 ? new Uint8Array(png) : new Uint8Array(64 * 1024));
      sent++;
    },
  });
  return new Response(stream, { headers: { 'content-type': 'image/png' } });
}

const url = 'https://res.cloudinary.com/dealpossim/image/upload//Contact/abc/0.jpg';

/**
 * The internet's DNS, which this machine cannot reach either: every photo host resolves to a
 * public address, so the address check (photo-target.ts) lets the stand-in fetch be asked.
 */
const internetDns = async () => [{ address: '104.18.0.1' }];

describe('a customer photo, fetched by main', () => {
  it('comes back as a data: URL of the bytes, typed by what the bytes are', async () => {
    const { fetch } = standIn(() => image(png, 'image/jpeg'));
    const outcome = await fetchCustomerPhoto(url, { lookup: internetDns, fetch });
    expect(outcome).toEqual({ kind: 'photo', dataUrl: `data:image/png;base64,${png.toString('base64')}` });
  });

  it('is only ever fetched over https, without credentials in the URL', async () => {
    for (const refused of [
      'http://res.cloudinary.com/a.jpg',
      'file:///etc/passwd',
      'data:image/png;base64,AAAA',
      'https://user:pass@res.cloudinary.com/a.jpg',
      'not a url',
    ]) {
      const { fetch, calls } = standIn(() => image(png));
      expect(await fetchCustomerPhoto(refused, { lookup: internetDns, fetch }), refused).toEqual({
        kind: 'skipped',
        reason: 'not-https',
      });
      expect(calls).toEqual([]);
    }
  });

  it('is refused when a redirect lands on http', async () => {
    const { fetch } = standIn(() => {
      const response = image(png);
      Object.defineProperty(response, 'url', { value: 'http://evil.example/a.png' });
      return response;
    });
    expect(await fetchCustomerPhoto(url, { lookup: internetDns, fetch })).toEqual({
      kind: 'skipped',
      reason: 'not-https',
    });
  });

  it('is refused when it is not a raster image, by header or by its bytes', async () => {
    const cases: [string, Response][] = [
      ['html', new Response('<html></html>', { headers: { 'content-type': 'text/html' } })],
      [
        'svg',
        new Response('<svg xmlns="http://www.w3.org/2000/svg"/>', {
          headers: { 'content-type': 'image/svg+xml' },
        }),
      ],
      [
        'lying header',
        new Response('<script>alert(1)</script>', { headers: { 'content-type': 'image/png' } }),
      ],
      ['no type', new Response(png)],
    ];
    for (const [name, response] of cases) {
      const { fetch } = standIn(() => response);
      expect(await fetchCustomerPhoto(url, { lookup: internetDns, fetch }), name).toEqual({
        kind: 'skipped',
        reason: 'not-an-image',
      });
    }
  });

  it('is refused above the size cap, whether the server says its length or not', async () => {
    const big = new Uint8Array(3 * 1024 * 1024);
    big.set(jpegStart);
    const said = standIn(() => image(big, 'image/jpeg', { 'content-length': String(big.byteLength) }));
    expect(await fetchCustomerPhoto(url, { lookup: internetDns, fetch: said.fetch })).toEqual({
      kind: 'skipped',
      reason: 'too-large',
    });
    const unsaid = standIn(() => endless());
    expect(
      await fetchCustomerPhoto(url, { lookup: internetDns, fetch: unsaid.fetch, maxBytes: 1024 * 1024 }),
    ).toEqual({
      kind: 'skipped',
      reason: 'too-large',
    });
    const small = new Uint8Array(1024 * 1024);
    small.set(jpegStart);
    const fits = standIn(() => image(small, 'image/jpeg'));
    expect((await fetchCustomerPhoto(url, { lookup: internetDns, fetch: fits.fetch })).kind).toBe('photo');
  });

  it('gives up after the timeout', async () => {
    const { fetch } = standIn(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    );
    const started = Date.now();
    expect(await fetchCustomerPhoto(url, { lookup: internetDns, fetch, timeoutMs: 100 })).toEqual({
      kind: 'skipped',
      reason: 'timeout',
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('is skipped when the server fails or cannot be reached', async () => {
    const notFound = standIn(() => new Response('', { status: 404 }));
    expect(await fetchCustomerPhoto(url, { lookup: internetDns, fetch: notFound.fetch })).toEqual({
      kind: 'skipped',
      reason: 'status',
    });
    const down = standIn(() => Promise.reject(new TypeError('fetch failed')));
    expect(await fetchCustomerPhoto(url, { lookup: internetDns, fetch: down.fetch })).toEqual({
      kind: 'skipped',
      reason: 'failed',
    });
  });
});

describe('the photo channel', () => {
  let sim: RunningSimulator;
  let counter: OpenApp;
  const internet = standIn((requested) =>
    requested.startsWith('https://res.cloudinary.com/dealpossim/')
      ? image(png)
      : new Response('', { status: 404 }),
  );

  beforeAll(async () => {
    sim = await startSimulator({ quiet: true, variants: 50, rateLimit: { limit: 5000, windowSeconds: 180 } });
    counter = await openApp({
      simulator: sim,
      record: true,
      photos: { fetch: internet.fetch, lookup: internetDns },
    });
  });
  afterAll(async () => {
    await counter.close();
    await sim.close();
  });

  it('gives the photo of a customer looked up here as a data: URL, downloaded once', async () => {
    const { all } = seededCustomers(sim);
    let withPhoto: string | null = null;
    let withoutPhoto: string | null = null;
    for (const customer of all) {
      const found = await counter.bridge.invoke('customers:find', { by: 'code', value: customer.Code });
      if (!found.ok || !found.value) throw new Error('not found');
      if (found.value.hasPhoto) withPhoto ??= customer.Code;
      else withoutPhoto ??= customer.Code;
    }
    if (!withPhoto || !withoutPhoto) throw new Error('the seed has no customer with (or without) a photo');

    const photo = await counter.bridge.invoke('customers:photo', { code: withPhoto });
    expect(photo).toEqual({ ok: true, value: `data:image/png;base64,${png.toString('base64')}` });
    await counter.bridge.invoke('customers:photo', { code: withPhoto });
    expect(internet.calls.filter((called) => called.includes('/Contact/'))).toHaveLength(1);
    expect(internet.calls[0]).toMatch(/^https:\/\/res\.cloudinary\.com\//);

    expect(await counter.bridge.invoke('customers:photo', { code: withoutPhoto })).toEqual({
      ok: true,
      value: null,
    });
  });

  it('fetches nothing for a customer not looked up here: the page never chooses what main downloads', async () => {
    const before = internet.calls.length;
    const fresh = await openApp({
      simulator: sim,
      record: true,
      photos: { fetch: internet.fetch, lookup: internetDns },
    });
    try {
      expect(await fresh.bridge.invoke('customers:photo', { code: 'HW002' })).toEqual({
        ok: true,
        value: null,
      });
      // A hostile page sends anything: a URL of its choosing beside the code.
      const hostile = { code: 'HW002', url: 'https://evil.example/' } as unknown as { code: string };
      const sneaky = await fresh.bridge.invoke('customers:photo', hostile);
      expect(sneaky.ok ? 'accepted' : sneaky.error.kind).toBe('invalid-input');
      expect(internet.calls.length).toBe(before);
    } finally {
      await fresh.close();
    }
  });
});
