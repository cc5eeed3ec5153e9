import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { Agent, createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCheckedHttpsFetch } from '../../main/customers/checked-https-fetch.ts';
import { fetchCustomerPhoto } from '../../main/customers/customer-photo.ts';

// A real https server on this PC, with a certificate made for it by openssl here. The DNS
// stand-in is "fooled": it tells the check before each hop that localhost is a public address,
// as a name that changes its answer between the check and the connection (DNS rebinding)
// would. The photo fetch's own connection still resolves the name and checks what it gets.

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const fooledDns = async () => [{ address: '104.18.0.1' }];

let dir: string;
let cert: Buffer;
let server: Server;
let port: number;
let connections = 0;
const received: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'photo-tls-'));
  const key = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1',
      '-keyout',
      key,
      '-out',
      certFile,
    ],
    { stdio: 'ignore' },
  );
  cert = await readFile(certFile);
  server = createServer({ key: await readFile(key), cert }, (request, response) => {
    received.push(`${request.method} ${request.url}`);
    if (request.url === '/a.png') response.writeHead(302, { location: '/b.png' }).end();
    else response.writeHead(200, { 'content-type': 'image/png' }).end(png);
  });
  server.on('connection', () => {
    connections++;
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('the connection a photo is fetched over', () => {
  it('refuses, as it connects, a name that resolves to this PC even when the check before was fooled', async () => {
    const before = connections;
    expect(await fetchCustomerPhoto(`https://localhost:${port}/b.png`, { lookup: fooledDns })).toEqual({
      kind: 'skipped',
      reason: 'failed',
    });
    expect(connections).toBe(before);
  });

  it('brings the photo over real TLS, following a redirect by hand, where the address is allowed', async () => {
    // Here this PC stands for the internet: its addresses are allowed and its certificate trusted.
    const fetch = createCheckedHttpsFetch({
      agent: new Agent({ ca: cert }),
      isAllowedAddress: (address) => address === '127.0.0.1' || address === '::1',
    });
    received.length = 0;
    expect(await fetchCustomerPhoto(`https://localhost:${port}/a.png`, { fetch, lookup: fooledDns })).toEqual(
      {
        kind: 'photo',
        dataUrl: `data:image/png;base64,${png.toString('base64')}`,
      },
    );
    expect(received).toEqual(['GET /a.png', 'GET /b.png']);
  });
});
