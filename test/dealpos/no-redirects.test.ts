import { afterEach, describe, expect, it } from 'vitest';
import { createDealposClient } from '../../main/dealpos/client.ts';
import { DealposError } from '../../main/dealpos/errors.ts';
import { RateGovernor } from '../../main/dealpos/rate-governor.ts';
import { type LocalServer, startLocalServer } from '../support/local-server.ts';

// Two real servers on this PC: "DealPOS" (the first) answers with a redirect to the second,
// which stands for wherever an attacker would like the secret or the token to go.

const credentials = { clientId: 'client-1', clientSecret: 'the-client-secret-0001' };
const servers: LocalServer[] = [];
const governors: RateGovernor[] = [];

afterEach(async () => {
  for (const governor of governors.splice(0)) governor.close();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function redirectingStore(status: number, alsoToken = false) {
  const elsewhere = await startLocalServer((_request, response) =>
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"access_token":"stolen"}'),
  );
  const store = await startLocalServer((request, response) => {
    if (alsoToken && request.url?.endsWith('/Token/OAuth2')) {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"access_token":"t-1"}');
      return;
    }
    response.writeHead(status, { location: `${elsewhere.origin}${request.url}` }).end();
  });
  servers.push(elsewhere, store);
  const governor = new RateGovernor();
  governors.push(governor);
  const client = createDealposClient({
    host: store.origin,
    localStores: [store.origin],
    credentials,
    governor,
    retryDelayMs: 1,
  });
  return { client, store, elsewhere };
}

async function failureOf(promise: Promise<unknown>): Promise<DealposError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof DealposError)) throw new Error(`expected a DealposError, got ${String(error)}`);
  return error;
}

describe('a DealPOS answer that redirects elsewhere', () => {
  it.each([307, 308])('never carries the client secret to where a %i points', async (status) => {
    const { client, store, elsewhere } = await redirectingStore(status);
    const error = await failureOf(client.authenticate());
    expect(store.received.map((r) => r.line)).toEqual(['POST /api/v3/Token/OAuth2']);
    expect(elsewhere.received).toEqual([]);
    expect(elsewhere.connections).toBe(0);
    expect(error).toMatchObject({ kind: 'config', status });
    expect(error.message).toMatch(/redirect/);
  });

  it('never carries the token of a read to where a 308 points', async () => {
    const { client, store, elsewhere } = await redirectingStore(308, true);
    const error = await failureOf(client.outlets.list());
    expect(store.received.map((r) => r.line)).toEqual([
      'POST /api/v3/Token/OAuth2',
      expect.stringMatching(/^(GET|POST) \/api\/v3\/Outlet/),
    ]);
    expect(elsewhere.received).toEqual([]);
    expect(error).toMatchObject({ kind: 'config', status: 308 });
  });
});
