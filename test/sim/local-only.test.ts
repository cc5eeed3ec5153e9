import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startDemoStore } from '../../main/demo/start-demo.ts';
import { type RunningSimulator, startSimulator } from '../../main/simulator/index.ts';

// Over real HTTP. node:http rather than fetch, because fetch will not send a Host header of the
// caller's choosing, which is exactly what a DNS-rebinding page does.

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

function get(origin: string, path: string, host?: string): Promise<{ status: number; body: string }> {
  const url = new URL(path, origin);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'GET',
        headers: host ? { host } : {},
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function simulator(): Promise<RunningSimulator> {
  const sim = await startSimulator({ quiet: true, variants: 200 });
  closers.push(() => sim.close());
  return sim;
}

describe('the demo store on a shop PC', () => {
  it('serves DealPOS but none of the test controls: no demo credentials, PINs, reset or faults for other programs', async () => {
    const demo = await startDemoStore();
    closers.push(() => demo.close());
    const origin = new URL(demo.baseUrl).origin;

    const token = await fetch(`${demo.baseUrl}Token/OAuth2`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        client_id: demo.credentials.clientId,
        client_secret: demo.credentials.clientSecret,
      }),
    });
    expect(token.status).toBe(200);

    for (const path of ['/_sim/fixtures', '/_sim/stats']) {
      expect((await fetch(`${origin}${path}`)).status, path).toBe(404);
    }
    for (const path of ['/_sim/reset', '/_sim/config', '/_sim/faults/next', '/_sim/tokens/expire']) {
      const answer = await fetch(`${origin}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"faults":[500]}',
      });
      expect(answer.status, path).toBe(404);
    }
  });

  it('a simulator started for tests or `npm run sim` keeps its controls', async () => {
    const sim = await simulator();
    const answer = await fetch(`${sim.origin}/_sim/fixtures`);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toHaveProperty('customers');
  });
});

describe('requests addressed to another host name (DNS rebinding)', () => {
  it('are refused before any route, controls and DealPOS API alike', async () => {
    const sim = await simulator();
    const port = new URL(sim.origin).port;
    for (const host of [
      `rebind.attacker.example:${port}`,
      `127.0.0.1.nip.io:${port}`,
      `127.0.0.1:${Number(port) + 1}`,
    ]) {
      const controls = await get(sim.origin, '/_sim/fixtures', host);
      expect(controls.status, host).toBe(421);
      expect(controls.body).not.toContain('clientSecret');
      expect((await get(sim.origin, '/api/v3/Outlet', host)).status, host).toBe(421);
    }
    const stats = (await (await fetch(`${sim.origin}/_sim/stats`)).json()) as { requests: number };
    expect(stats.requests).toBe(0);
  });

  it('its own address and localhost, with its port, are answered', async () => {
    const sim = await simulator();
    const port = new URL(sim.origin).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
      expect((await get(sim.origin, '/_sim/stats', host)).status, host).toBe(200);
    }
  });
});
