import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { messageOf, type SimHarness, startHarness } from './harness.ts';

let h: SimHarness;
beforeAll(async () => {
  // The default DealPOS policy: 50 requests per 180 seconds for the whole account.
  // Pinned to the reference pages' behaviour (the docs 429 names the seconds left).
  h = await startHarness({ profile: 'docs', rateLimit: { limit: 50, windowSeconds: 180 } });
  await h.tokenFor('full');
  await h.tokenFor('limited');
});
beforeEach(async () => {
  await h.control('reset');
});
afterAll(() => h.close());

const remaining = (headers: Headers) => Number(headers.get('RateLimit-Remaining'));

describe('the account-wide rate limit window', () => {
  it('puts the RateLimit headers of the 50 per 180 s policy on every counted answer', async () => {
    const first = await h.call('GET', 'Outlet');
    expect(first.headers.get('RateLimit-Limit')).toBe('50');
    expect(first.headers.get('RateLimit-Policy')).toBe('50;w=180');
    expect(remaining(first.headers)).toBe(49);
    const second = await h.call('GET', 'Category');
    expect(remaining(second.headers)).toBe(48);
    const refused = await h.call('GET', 'Customer/Code', { as: 'limited', query: { Code: 'HW001' } });
    expect(refused.status).toBe(403);
    expect(remaining(refused.headers)).toBe(47);
  });

  it('is one window for every client of the account', async () => {
    await h.call('GET', 'Outlet', { as: 'full' });
    const limited = await h.call('GET', 'Outlet', { as: 'limited' });
    expect(remaining(limited.headers)).toBe(48);
    expect((await h.stats()).window.used).toBe(2);
  });

  it('does not count the token request unless configured to', async () => {
    const { clientId, clientSecret } = h.sim.credentials.full;
    const post = () =>
      fetch(`${h.sim.baseUrl}Token/OAuth2`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ client_id: clientId, client_secret: clientSecret }),
      });
    const uncounted = await post();
    expect(uncounted.headers.get('RateLimit-Remaining')).toBeNull();
    expect((await h.stats()).counted).toBe(0);
    await h.control('config', { countTokenRequests: true });
    const counted = await post();
    expect(counted.headers.get('RateLimit-Remaining')).toBe('49');
    expect((await h.stats()).counted).toBe(1);
  });

  it('counts a request refused for its token, and answers it 401 rather than 429', async () => {
    await h.control('config', { rateLimit: { limit: 1, windowSeconds: 60 } });
    const bad = await h.call('GET', 'Outlet', { token: 'nope' });
    expect(bad.status).toBe(401);
    expect(remaining(bad.headers)).toBe(0);
    const badAgain = await h.call('GET', 'Outlet', { token: 'nope' });
    expect(badAgain.status).toBe(401);
    const good = await h.call('GET', 'Outlet');
    expect(good.status).toBe(429);
    expect((await h.stats()).counted).toBe(3);
  });

  it('answers 429 with the seconds left once the window is spent, and opens a new window after it ends', async () => {
    await h.control('config', { rateLimit: { limit: 3, windowSeconds: 2 } });
    for (let i = 0; i < 3; i++) expect((await h.call('GET', 'Outlet')).status).toBe(200);
    const over = await h.call('GET', 'Outlet');
    expect(over.status).toBe(429);
    expect(over.headers.get('RateLimit-Policy')).toBe('3;w=2');
    expect(remaining(over.headers)).toBe(0);
    const match = /^API calls quota exceeded! maximum admitted 3 per 2s\. Try again in (\d+) seconds\.$/.exec(
      messageOf(over) ?? '',
    );
    expect(match).not.toBeNull();
    expect(Number(match?.[1])).toBeGreaterThanOrEqual(1);
    expect(Number(match?.[1])).toBeLessThanOrEqual(2);
    const stats = await h.stats();
    expect(stats.overLimit).toBe(1);
    expect(stats.counted).toBe(4);

    const resetsAt = Date.parse(stats.window.resetsAt ?? '');
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, resetsAt - Date.now()) + 50));
    const fresh = await h.call('GET', 'Outlet');
    expect(fresh.status).toBe(200);
    expect(remaining(fresh.headers)).toBe(2);
  });

  it('is cleared by a reset, with tokens still valid', async () => {
    await h.control('config', { rateLimit: { limit: 1, windowSeconds: 60 } });
    await h.call('GET', 'Outlet');
    expect((await h.call('GET', 'Outlet')).status).toBe(429);
    await h.control('reset');
    const after = await h.call('GET', 'Outlet');
    expect(after.status).toBe(200);
    expect(remaining(after.headers)).toBe(49);
  });
});
