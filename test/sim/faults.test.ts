import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { messageOf, type SimHarness, startHarness } from './harness.ts';

let h: SimHarness;
beforeAll(async () => {
  // Pinned to the reference pages' behaviour; the live profile has its own suite (live-profile.test.ts).
  h = await startHarness({ profile: 'docs' });
  await h.tokenFor('full');
});
beforeEach(async () => {
  await h.control('reset');
});
afterAll(() => h.close());

async function firstInvoice() {
  const invoice = (await h.fixtures()).invoices[0];
  if (!invoice) throw new Error('no invoice');
  return invoice;
}

async function invoiceState(invoiceID: string) {
  return (await h.fixtures()).invoices.find((i) => i.invoiceID === invoiceID)?.state;
}

describe('faults queued by a test', () => {
  it('drops the connection without an answer, and the dropped void is not applied', async () => {
    const invoice = await firstInvoice();
    const body = { Outlet: invoice.outlet, Number: invoice.number };
    await h.control('faults/next', { faults: ['drop'] });
    await expect(h.call('PUT', 'Invoice/Void', { body })).rejects.toThrow();
    expect(await invoiceState(invoice.invoiceID)).toBe('active');
    let stats = await h.stats();
    expect(stats.writes['PUT invoice/void']).toBe(1);
    expect(stats.applied['PUT invoice/void']).toBeUndefined();

    const retry = await h.call('PUT', 'Invoice/Void', { body });
    expect(retry.status).toBe(200);
    stats = await h.stats();
    expect(stats.writes['PUT invoice/void']).toBe(2);
    expect(stats.applied['PUT invoice/void']).toBe(1);
  });

  it('answers a queued 503 with a Message, changes nothing and does not count toward the window', async () => {
    const invoice = await firstInvoice();
    await h.control('faults/next', { faults: [503] });
    const answer = await h.call('PUT', 'Invoice/Void', {
      body: { Outlet: invoice.outlet, Number: invoice.number },
    });
    expect(answer.status).toBe(503);
    expect(messageOf(answer)).toBe('Service Unavailable');
    expect(answer.headers.get('RateLimit-Remaining')).toBeNull();
    expect(await invoiceState(invoice.invoiceID)).toBe('active');
    const stats = await h.stats();
    expect(stats.counted).toBe(0);
    expect(stats.applied['PUT invoice/void']).toBeUndefined();
  });

  it('answers a queued 429 with the quota message without spending the window', async () => {
    await h.control('faults/next', { faults: [429] });
    const answer = await h.call('GET', 'Outlet');
    expect(answer.status).toBe(429);
    expect(messageOf(answer)).toMatch(
      /^API calls quota exceeded! maximum admitted \d+ per \d+s\. Try again in \d+ seconds\.$/,
    );
    const stats = await h.stats();
    expect(stats.counted).toBe(0);
    expect(stats.overLimit).toBe(0);
  });

  it('with drop-after commits the write but loses the answer, so a blind retry meets 409', async () => {
    const invoice = await firstInvoice();
    const body = { Outlet: invoice.outlet, Number: invoice.number };
    await h.control('faults/next', { faults: ['drop-after'] });
    await expect(h.call('PUT', 'Invoice/Void', { body })).rejects.toThrow();
    expect(await invoiceState(invoice.invoiceID)).toBe('voided');
    expect((await h.call('PUT', 'Invoice/Void', { body })).status).toBe(409);
    expect((await h.stats()).applied['PUT invoice/void']).toBe(1);
  });

  it('applies faults in order to API calls only, never to the token request', async () => {
    await h.control('faults/next', { faults: [502, 500] });
    const { clientId, clientSecret } = h.sim.credentials.full;
    const token = await fetch(`${h.sim.baseUrl}Token/OAuth2`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ client_id: clientId, client_secret: clientSecret }),
    });
    expect(token.status).toBe(200);
    expect((await h.call('GET', 'Outlet')).status).toBe(502);
    const serverError = await h.call('GET', 'Outlet');
    expect(serverError.status).toBe(500);
    expect(Object.keys(serverError.body as object)).toEqual([
      'Message',
      'ExceptionMessage',
      'ExceptionType',
      'StackTrace',
    ]);
    expect((await h.call('GET', 'Outlet')).status).toBe(200);
    expect((await h.stats()).pendingFaults).toBe(0);
  });
});

describe('configured chaos', () => {
  it('answers every call with a 5xx when errorRate is 1, and drops every call when dropRate is 1', async () => {
    await h.control('config', { errorRate: 1 });
    for (let i = 0; i < 5; i++) {
      const answer = await h.call('GET', 'Outlet');
      expect([500, 502, 503]).toContain(answer.status);
    }
    await h.control('config', { errorRate: 0, dropRate: 1 });
    await expect(h.call('GET', 'Outlet')).rejects.toThrow();
    await h.control('config', { dropRate: 0 });
    expect((await h.call('GET', 'Outlet')).status).toBe(200);
  });

  it('delays answers by latencyMs', async () => {
    await h.control('config', { latencyMs: 200 });
    const started = performance.now();
    expect((await h.call('GET', 'Outlet')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('refuses a config key it does not know', async () => {
    await expect(h.control('config', { latency: 5 })).rejects.toThrow(/400/);
  });
});
