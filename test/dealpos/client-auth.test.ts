import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DealposError } from '../../main/dealpos/errors.ts';
import { connect, type Store, startStore } from './harness.ts';

let store: Store;
beforeAll(async () => {
  store = await startStore({ variants: 200 });
});
afterAll(() => store.close());
beforeEach(() => store.sim.controls.reset());

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error as DealposError,
  );

describe('authentication', () => {
  it('fetches one token for many calls, even when they start at once', async () => {
    const { client } = connect(store.sim);
    const before = store.sim.controls.stats();
    await Promise.all([client.outlets.list(), client.categories.list(), client.outlets.list()]);
    await client.customers.byCode(store.fixtures.customers[0]!.Code);
    const after = store.sim.controls.stats();
    expect(after.tokensIssued - before.tokensIssued).toBe(1);
  });

  it('sends the OAuth2 client credentials as JSON to Token/OAuth2', async () => {
    const { client, wire } = connect(store.sim);
    await client.authenticate();
    const tokenRequest = wire.requests[0]!;
    expect(tokenRequest.method).toBe('POST');
    expect(new URL(tokenRequest.url).pathname).toBe('/api/v3/Token/OAuth2');
    expect(tokenRequest.headers.get('content-type')).toMatch(/application\/json/);
    expect(JSON.parse(tokenRequest.body)).toEqual({
      client_id: store.sim.credentials.full.clientId,
      client_secret: store.sim.credentials.full.clientSecret,
    });
  });

  it('gets a new token once and carries on when the token expires in the middle of a run', async () => {
    const { client } = connect(store.sim);
    await client.outlets.list();
    store.sim.controls.expireTokens();
    const outlets = await client.outlets.list();
    expect(outlets.length).toBeGreaterThan(0);
    expect(store.sim.controls.stats().tokensIssued).toBe(2);
  });

  it('renews a token before it expires, without a 401', async () => {
    // Tokens are renewed 60 s before expiry; one that lives less than two minutes, at half its life.
    store.sim.controls.config({ tokenLifetimeSeconds: 2 });
    const { client, wire } = connect(store.sim);
    await client.outlets.list();
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await client.outlets.list();
    expect(wire.log.filter((l) => l.outcome === 'auth')).toEqual([]);
    expect(store.sim.controls.stats().tokensIssued).toBeGreaterThanOrEqual(2);
  });

  it('says the ID or secret is wrong when DealPOS refuses them', async () => {
    const { client } = connect(store.sim, {
      credentials: {
        clientId: store.sim.credentials.full.clientId,
        clientSecret: '00000000-0000-0000-0000-000000000000',
      },
    });
    const error = await failureOf(client.outlets.list());
    expect(error).toBeInstanceOf(DealposError);
    expect(error.kind).toBe('auth');
    expect(error.message).toMatch(/client ID or secret/);
  });

  it('shows the role DealPOS says is missing for a user without it', async () => {
    const { client } = connect(store.sim, { client: 'limited' });
    expect((await client.outlets.list()).length).toBeGreaterThan(0);
    const error = await failureOf(client.customers.byCode(store.fixtures.customers[0]!.Code));
    expect(error).toMatchObject({ kind: 'forbidden', status: 403 });
    expect(error.message).toMatch(/"VIEW" role in "Contacts"/);
  });

  it('says the account is suspended', async () => {
    const { client } = connect(store.sim);
    store.sim.controls.config({ suspended: true });
    const error = await failureOf(client.outlets.list());
    expect(error).toMatchObject({ kind: 'suspended', status: 402 });
    expect(error.message).toMatch(/suspended/);
  });

  it('keeps the client secret, the token and PINs out of every log line and error', async () => {
    const { client, wire } = connect(store.sim);
    const customer = store.fixtures.customers[0]!;
    const pin = await client.customers.pin(customer.ID);
    const errors: string[] = [];
    store.sim.controls.expireTokens();
    for (const attempt of [
      () => client.customers.byCode('NOPE'),
      () => client.variants.update({ code: 'NOPE', unitPrice: 1 }),
      () => connect(store.sim, { client: 'limited' }).client.customers.pin(customer.ID),
    ]) {
      const error = await failureOf(attempt());
      errors.push(JSON.stringify(error), String(error), error.stack ?? '');
    }
    const tokens = wire.requests
      .map((r) => r.headers.get('authorization')?.split(' ')[1])
      .filter(Boolean) as string[];
    expect(tokens.length).toBeGreaterThan(0);
    const secrets = [store.sim.credentials.full.clientSecret, pin, ...tokens];
    const output = [...errors, ...wire.log.map((line) => JSON.stringify(line))].join('\n');
    for (const secret of secrets) expect(output).not.toContain(secret);
  });
});

describe('a DealPOS user without the Outlets role', () => {
  it('cannot list outlets, and is told which role to ask for', async () => {
    const { client } = connect(store.sim, { credentials: store.sim.credentials.productsOnly });
    const error = await failureOf(client.outlets.list());
    expect(error).toMatchObject({ kind: 'forbidden', status: 403 });
    expect(error.message).toMatch(/"VIEW" role in "Outlets"/);
  });
});
