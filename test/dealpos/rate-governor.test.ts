import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Lane, type Permit, RateGovernor } from '../../main/dealpos/rate-governor.ts';

// Scheduling on vitest's fake clock: no real waiting, and time moves only when the test says.

const headers = (entries: Record<string, string>) => new Headers(entries);

/** Requests `count` permits in `lane` and records the order in which they were granted. */
function request(governor: RateGovernor, lane: Lane, count: number, granted: string[]) {
  return Array.from({ length: count }, (_, i) => {
    const granting = governor.acquire(lane).then((permit) => {
      granted.push(`${lane}${i}`);
      return permit;
    });
    // Requests still queued when a test closes the governor are rejected; that is expected here.
    granting.catch(() => undefined);
    return granting;
  });
}

describe('RateGovernor', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-22T09:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('never grants more than the limit inside one window, and grants more once it has passed', async () => {
    const governor = new RateGovernor({ limit: 5, windowSeconds: 10, backgroundReserve: 0, marginMs: 0 });
    const granted: string[] = [];
    const permits = request(governor, 'interactive', 8, granted);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(5);

    await vi.advanceTimersByTimeAsync(9_999);
    expect(granted).toHaveLength(5);
    await vi.advanceTimersByTimeAsync(1);
    expect(granted).toHaveLength(8);
    for (const permit of await Promise.all(permits)) permit.complete();
    governor.close();
  });

  it('serves a waiting cashier before queued background work', async () => {
    const governor = new RateGovernor({ limit: 2, windowSeconds: 10, backgroundReserve: 0, marginMs: 0 });
    const granted: string[] = [];
    request(governor, 'background', 4, granted);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toEqual(['background0', 'background1']);

    request(governor, 'interactive', 1, granted);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(granted).toEqual(['background0', 'background1', 'interactive0', 'background2']);
    governor.close();
  });

  it('keeps the reserve of each window for interactive requests', async () => {
    const governor = new RateGovernor({ limit: 10, windowSeconds: 60, backgroundReserve: 0.2, marginMs: 0 });
    const granted: string[] = [];
    request(governor, 'background', 10, granted);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(8);
    expect(governor.state).toMatchObject({
      remaining: 2,
      reserve: 2,
      queued: { background: 2, interactive: 0 },
    });

    request(governor, 'interactive', 2, granted);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted.filter((g) => g.startsWith('interactive'))).toHaveLength(2);
    expect(governor.state.remaining).toBe(0);
    governor.close();
  });

  it('waits out a 429 until the RateLimit-Reset it carried, for every lane', async () => {
    const governor = new RateGovernor({ limit: 50, windowSeconds: 180, backgroundReserve: 0, marginMs: 0 });
    const first = await governor.acquire('interactive');
    first.rateLimited(new Headers({ 'RateLimit-Reset': '37' }));
    expect(governor.state.blockedUntil).toBe(Date.now() + 37_000);

    const granted: string[] = [];
    request(governor, 'interactive', 1, granted);
    await vi.advanceTimersByTimeAsync(36_999);
    expect(granted).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(granted).toEqual(['interactive0']);
    governor.close();
  });

  it('waits a whole window after a 429 that names no time', async () => {
    const governor = new RateGovernor({ limit: 50, windowSeconds: 180, marginMs: 0 });
    (await governor.acquire('interactive')).rateLimited(undefined);
    expect(governor.state.blockedUntil).toBe(Date.now() + 180_000);
    governor.close();
  });

  it('after a 429 waits the window its RateLimit-Policy names, learned from that answer', async () => {
    const governor = new RateGovernor({ limit: 50, windowSeconds: 180, marginMs: 0 });
    (await governor.acquire('interactive')).rateLimited(
      new Headers({ 'RateLimit-Policy': '40;w=120', 'RateLimit-Remaining': '0' }),
    );
    expect(governor.state.blockedUntil).toBe(Date.now() + 120_000);
    expect(governor.state.limit).toBe(40);
    governor.close();
  });

  it('believes the server when it has fewer requests left than we counted (another counter on the account)', async () => {
    const governor = new RateGovernor({ limit: 50, windowSeconds: 180, backgroundReserve: 0, marginMs: 0 });
    const permit = await governor.acquire('interactive');
    permit.complete(
      headers({ 'RateLimit-Limit': '50', 'RateLimit-Remaining': '3', 'RateLimit-Policy': '50;w=180' }),
    );
    expect(governor.state.remaining).toBe(3);

    const granted: string[] = [];
    request(governor, 'interactive', 4, granted);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(180_000);
    expect(granted).toHaveLength(4);
    governor.close();
  });

  it('learns a larger quota from RateLimit-Policy', async () => {
    const governor = new RateGovernor({ limit: 50, windowSeconds: 180 });
    (await governor.acquire('interactive')).complete(
      headers({ 'RateLimit-Policy': '100;w=60', 'RateLimit-Remaining': '99' }),
    );
    expect(governor.state).toMatchObject({ limit: 100, windowSeconds: 60, remaining: 99 });
    governor.close();
  });

  it('counts requests still in flight when the server reports what is left', async () => {
    const governor = new RateGovernor({ limit: 50, windowSeconds: 180, backgroundReserve: 0, marginMs: 0 });
    const a = await governor.acquire('interactive');
    const b = await governor.acquire('interactive');
    // The server answered `a` before it saw `b`: it says 10 left, but `b` will take one of them.
    a.complete(headers({ 'RateLimit-Remaining': '10' }));
    expect(governor.state.remaining).toBe(9);
    b.complete(headers({ 'RateLimit-Remaining': '9' }));
    expect(governor.state.remaining).toBe(9);
  });

  it('drops a request whose caller gave up while it waited, without counting it', async () => {
    const governor = new RateGovernor({ limit: 1, windowSeconds: 10, backgroundReserve: 0, marginMs: 0 });
    await governor.acquire('interactive');
    const controller = new AbortController();
    const waiting = governor.acquire('interactive', controller.signal);
    expect(governor.state.queued.interactive).toBe(1);
    controller.abort(new Error('scan screen closed'));
    await expect(waiting).rejects.toThrow('scan screen closed');
    expect(governor.state.queued.interactive).toBe(0);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(governor.state.used).toBe(0);
  });

  it('publishes its state for the quota meter as requests are granted and windows roll over', async () => {
    const governor = new RateGovernor({ limit: 3, windowSeconds: 10, backgroundReserve: 0, marginMs: 0 });
    const seen: number[] = [];
    governor.subscribe((state) => seen.push(state.remaining));
    const permits: Permit[] = [];
    for (let i = 0; i < 3; i++) permits.push(await governor.acquire('interactive'));
    expect(governor.state).toMatchObject({
      used: 3,
      remaining: 0,
      inFlight: 3,
      nextSlotAt: Date.now() + 10_000,
    });
    for (const permit of permits) permit.complete();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(seen.at(-1)).toBe(3);
    expect(Math.min(...seen)).toBe(0);
    expect(governor.state.nextSlotAt).toBeNull();
  });

  it('keeps a request counted for the margin after its window, so a late arrival at the server is not over the limit', async () => {
    const governor = new RateGovernor({ limit: 1, windowSeconds: 10, backgroundReserve: 0, marginMs: 500 });
    await governor.acquire('interactive');
    const granted: string[] = [];
    request(governor, 'interactive', 1, granted);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(granted).toEqual([]);
    await vi.advanceTimersByTimeAsync(500);
    expect(granted).toEqual(['interactive0']);
    governor.close();
  });
});
