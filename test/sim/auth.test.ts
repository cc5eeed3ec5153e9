import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageOf, type SimHarness, startHarness } from './harness.ts';

let h: SimHarness;
beforeAll(async () => {
  // Pinned to the reference pages' behaviour; the live profile has its own suite (live-profile.test.ts).
  h = await startHarness({ profile: 'docs' });
});
afterAll(() => h.close());

async function requestToken(body: unknown) {
  const response = await fetch(`${h.sim.baseUrl}Token/OAuth2`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('signing in with client credentials', () => {
  it('issues a bearer token with its lifetime and expiry time', async () => {
    const { clientId, clientSecret } = h.sim.credentials.full;
    const before = Date.now();
    const answer = await requestToken({
      client_id: clientId,
      client_secret: clientSecret,
      grant_type: 'client_credentials',
    });
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.body)).toEqual(['access_token', 'token_type', 'expires_in', 'expiredat']);
    expect(answer.body.token_type).toBe('bearer');
    expect(answer.body.expires_in).toBe(3600);
    expect(answer.body.access_token).toMatch(/^\S{32,}$/);
    const expiry = Date.parse(String(answer.body.expiredat));
    expect(expiry - before).toBeGreaterThanOrEqual(3_599_000);
    expect(expiry - before).toBeLessThan(3_700_000);
  });

  it('refuses a wrong secret with DealPOS authentication message', async () => {
    const answer = await requestToken({ client_id: h.sim.credentials.full.clientId, client_secret: 'wrong' });
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({ Message: 'Authentication failed, invalid client_id or client_secret!' });
  });

  it('refuses an unknown client and the secret of another client', async () => {
    const unknown = await requestToken({
      client_id: '00000000-0000-4000-8000-000000000000',
      client_secret: 'x',
    });
    expect(unknown.status).toBe(401);
    const crossed = await requestToken({
      client_id: h.sim.credentials.full.clientId,
      client_secret: h.sim.credentials.limited.clientSecret,
    });
    expect(crossed.status).toBe(401);
  });

  it('accepts the token route path in any case', async () => {
    const { clientId, clientSecret } = h.sim.credentials.limited;
    const response = await fetch(`${h.sim.origin}/API/V3/token/oauth2`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ client_id: clientId, client_secret: clientSecret }),
    });
    expect(response.status).toBe(200);
  });
});

describe('bearer tokens on API calls', () => {
  it('refuses a call without a token', async () => {
    const answer = await h.call('GET', 'Outlet', { as: null });
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({ Message: 'Authentication failed, invalid Bearer Token!' });
  });

  it('refuses a made-up token', async () => {
    const answer = await h.call('GET', 'Outlet', { token: 'not-a-token' });
    expect(answer.status).toBe(401);
    expect(messageOf(answer)).toBe('Authentication failed, invalid Bearer Token!');
  });

  it('refuses every issued token after they are expired mid-run, and a fresh one works', async () => {
    const token = await h.tokenFor('full');
    expect((await h.call('GET', 'Outlet', { token })).status).toBe(200);
    await h.control('tokens/expire');
    expect((await h.call('GET', 'Outlet', { token })).status).toBe(401);
    const { clientId, clientSecret } = h.sim.credentials.full;
    const fresh = await requestToken({ client_id: clientId, client_secret: clientSecret });
    expect((await h.call('GET', 'Outlet', { token: String(fresh.body.access_token) })).status).toBe(200);
  });

  it('stops accepting a token once its lifetime has passed', async () => {
    await h.control('config', { tokenLifetimeSeconds: 1 });
    const { clientId, clientSecret } = h.sim.credentials.full;
    const issued = await requestToken({ client_id: clientId, client_secret: clientSecret });
    expect(issued.body.expires_in).toBe(1);
    const token = String(issued.body.access_token);
    expect((await h.call('GET', 'Outlet', { token })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await h.call('GET', 'Outlet', { token })).status).toBe(401);
    await h.control('config', { tokenLifetimeSeconds: 3600 });
  });
});

describe('account and routes', () => {
  it('answers 402 on API calls while the account is suspended, but still issues tokens', async () => {
    await h.control('config', { suspended: true });
    try {
      const answer = await h.call('GET', 'Outlet', { token: await freshToken() });
      expect(answer.status).toBe(402);
      expect(answer.body).toEqual({ Message: 'Your Account has been suspended' });
    } finally {
      await h.control('config', { suspended: false });
    }
  });

  it('matches paths without regard to case or a trailing slash', async () => {
    const token = await freshToken();
    expect((await h.call('GET', 'OUTLET/', { token })).status).toBe(200);
    expect(
      (
        await h.call('GET', 'variant/detail', {
          token,
          query: { Code: (await h.fixtures()).sampleVariantCodes[0] ?? '' },
        })
      ).status,
    ).toBe(200);
  });

  it('answers an unknown route with 404 and no body', async () => {
    const answer = await h.call('GET', 'NoSuchThing', { token: await freshToken() });
    expect(answer.status).toBe(404);
    expect(answer.body).toBeUndefined();
  });
});

async function freshToken(): Promise<string> {
  const { clientId, clientSecret } = h.sim.credentials.full;
  return String((await requestToken({ client_id: clientId, client_secret: clientSecret })).body.access_token);
}
