import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { messageOf, type SimHarness, startHarness } from './harness.ts';

// The simulator's default profile answers as live DealPOS tenants were seen to answer
// (shared/dealpos-api/README.md, "What live stores answered"). One test per row it imitates.

let h: SimHarness;
beforeAll(async () => {
  h = await startHarness({ variants: 1500 });
});
beforeEach(async () => {
  await h.control('reset');
});
afterAll(() => h.close());

const signIn = (path = 'Token/OAuth2') =>
  fetch(`${h.sim.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      client_id: h.sim.credentials.full.clientId,
      client_secret: h.sim.credentials.full.clientSecret,
    }),
  });

const jwtClaims = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp: number };

describe('the live profile of the simulator', () => {
  it('is the default', () => {
    expect(h.sim.profile).toBe('live');
  });

  it('live table: Token answer — expiredAt in +07:00 local time about 48 h ahead, no expires_in, an HS256 JWT', async () => {
    const before = Date.now();
    const response = await signIn();
    const body = (await response.json()) as Record<string, string>;
    expect(Object.keys(body).sort()).toEqual(['access_token', 'expiredAt', 'token_type']);
    expect(body.token_type).toBe('Bearer');
    expect(body.expiredAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}\+07:00$/);
    const expiresAt = Date.parse(body.expiredAt!.replace(/(\.\d{3})\d{4}/, '$1'));
    expect(expiresAt - before).toBeGreaterThan(47.9 * 3600_000);
    expect(expiresAt - before).toBeLessThan(48.1 * 3600_000);
    const [header] = body.access_token!.split('.');
    expect(JSON.parse(Buffer.from(header!, 'base64url').toString('utf8'))).toMatchObject({ alg: 'HS256' });
    expect(jwtClaims(body.access_token!).exp * 1000).toBe(Math.floor(expiresAt / 1000) * 1000);
  });

  it('live table: Token answer — a config switch answers both expires_in and expiredat', async () => {
    await h.control('config', { tokenAnswer: 'expires_in+expiredat', tokenLifetimeSeconds: 900 });
    const body = (await (await signIn()).json()) as Record<string, unknown>;
    expect(body.expires_in).toBe(900);
    expect(body.expiredat).toMatch(/\+07:00$/);
    expect(body).not.toHaveProperty('expiredAt');
  });

  it('live table: Path casing — Token/Oauth2 signs in too', async () => {
    expect((await signIn('Token/Oauth2')).status).toBe(200);
    expect((await signIn('token/oauth2')).status).toBe(200);
  });

  it('live table: Outlet list — a bare GET /Outlet is refused, ?Suspended=false answers a bare array of active outlets', async () => {
    const bare = await h.call('GET', 'Outlet', { query: { Access: 'All', SuspendedStatus: 'No' } });
    expect(bare.status).toBe(400);
    expect(messageOf(bare)).toMatch(/Suspended/);
    const fixtures = await h.fixtures();
    const active = await h.call('GET', 'Outlet', { query: { Suspended: 'false' } });
    expect(active.status).toBe(200);
    expect(Array.isArray(active.body)).toBe(true);
    expect((active.body as { Name: string }[]).map((o) => o.Name).sort()).toEqual(
      fixtures.outlets
        .filter((o) => !o.Suspended)
        .map((o) => o.Name)
        .sort(),
    );
  });

  it('live table: Outlet list — POST Outlet/p with {} answers every outlet, suspended ones included', async () => {
    const all = await h.call('POST', 'Outlet/p', { body: {} });
    expect(all.status).toBe(200);
    const fixtures = await h.fixtures();
    expect(all.body).toHaveLength(fixtures.outlets.length);
    expect((all.body as { Suspended: boolean }[]).some((o) => o.Suspended)).toBe(true);
  });

  it('live table: Category on variant lists — GET /Variant and Variant/Count answer without a Category, Count as {"Count": N}', async () => {
    const list = await h.call('GET', 'Variant', { query: { PageNumber: 1, PageSize: 10 } });
    expect(list.status).toBe(200);
    const count = await h.call('GET', 'Variant/Count');
    expect(count.body).toEqual({ Count: 1500 });
  });

  it('live table: Variant list rows — only ID, Name, Code, Type, UnitPrice, UnitCost, and one shipping-fee row with Code ""', async () => {
    const rows: Record<string, unknown>[] = [];
    for (let page = 1; ; page++) {
      const answer = await h.call('GET', 'Variant', { query: { PageNumber: page, PageSize: 1000 } });
      expect(Array.isArray(answer.body)).toBe(true);
      const got = answer.body as Record<string, unknown>[];
      rows.push(...got);
      if (got.length < 1000) break;
    }
    expect(rows).toHaveLength(1500);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['Code', 'ID', 'Name', 'Type', 'UnitCost', 'UnitPrice']);
    }
    const shipping = rows.filter((r) => r.Code === '');
    expect(shipping).toHaveLength(1);
    expect(shipping[0]).toMatchObject({ Type: 'NonInventory', Name: 'Ongkos Kirim' });
  });

  it('live table: Variant/Data — answers a bare array', async () => {
    const answer = await h.call('GET', 'Variant/Data', { query: { PageNumber: 2, PageSize: 7 } });
    expect(Array.isArray(answer.body)).toBe(true);
    expect(answer.body).toHaveLength(7);
  });

  it('live table: End of a list — a PageSize above the cap is served capped, without an error', async () => {
    const capped = await h.call('GET', 'Variant', { query: { PageNumber: 1, PageSize: 100_000_000 } });
    expect(capped.status).toBe(200);
    expect(capped.body).toHaveLength(1000);
    const second = await h.call('GET', 'Variant', { query: { PageNumber: 2, PageSize: 5000 } });
    expect(second.body).toHaveLength(500);
    await h.control('config', { maxPageSize: 250 });
    const smaller = await h.call('GET', 'Variant/Data', { query: { PageNumber: 1, PageSize: 1000 } });
    expect(smaller.body).toHaveLength(250);
  });

  it('live table: Deprecated — Customer/Detail finds one customer by ID, Code, Email or MobilePhone', async () => {
    const [customer] = (await h.fixtures()).customers;
    const queries: Record<string, string>[] = [
      { ID: customer!.ID },
      { Code: customer!.Code.toLowerCase() },
      { Email: customer!.Email.toUpperCase() },
      { MobilePhone: customer!.MobilePhone },
    ];
    for (const query of queries) {
      const answer = await h.call('GET', 'Customer/Detail', { query });
      expect(answer.status, JSON.stringify(query)).toBe(200);
      expect(answer.body).toMatchObject({ ID: customer!.ID, Code: customer!.Code });
    }
    const unknown = await h.call('GET', 'Customer/Detail', { query: { Code: 'NOPE-1' } });
    expect(unknown.status).toBe(400);
    expect(messageOf(unknown)).toMatch(/does not exist/);
  });

  it('live table: Error bodies — {title, status, Message}', async () => {
    const answer = await h.call('GET', 'Variant/Detail');
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ title: 'Bad Request', status: 400, Message: 'Code or ID is required' });
  });

  it('live table: Error bodies — 403 "You are not allowed to access [Outlet ID ...]" for an outlet the API user may not access', async () => {
    const fixtures = await h.fixtures();
    const warehouse = fixtures.outlets.find((o) => o.Name === 'Gudang Pusat')!;
    const bill = fixtures.bills.find((b) => b.outlet === warehouse.Name)!;
    const refused = await h.call('GET', 'Barcode/ByBillNumber', {
      as: 'limited',
      query: { Outlet: bill.outlet, Number: bill.number },
    });
    expect(refused.status).toBe(403);
    expect(messageOf(refused)).toBe(`You are not allowed to access [Outlet ID ${warehouse.ID}]`);
    const other = fixtures.bills.find((b) => b.outlet !== warehouse.Name)!;
    const allowed = await h.call('GET', 'Barcode/ByBillNumber', {
      as: 'limited',
      query: { Outlet: other.outlet, Number: other.number },
    });
    expect(allowed.status).toBe(200);
  });

  it('live table: 429 — the message names no seconds to wait, and the token call is refused too while the window is spent', async () => {
    await h.control('config', { rateLimit: { limit: 2, windowSeconds: 180 } });
    await h.call('GET', 'Category');
    await h.call('GET', 'Category');
    const refused = await h.call('GET', 'Category');
    expect(refused.status).toBe(429);
    expect(messageOf(refused)).not.toMatch(/try again|seconds/i);
    expect(refused.headers.get('RateLimit-Policy')).toBe('2;w=180');
    const token = await signIn();
    expect(token.status).toBe(429);
    expect(token.headers.get('RateLimit-Policy')).toBe('2;w=180');
  });

  it('live table: Other reads — Invoice/Detail?Number=&OutletID= answers the invoice with date, customer, total, lines and state', async () => {
    const invoice = (await h.fixtures()).invoices[0]!;
    const answer = await h.call('GET', 'Invoice/Detail', {
      query: { Number: invoice.number, OutletID: invoice.outletID },
    });
    expect(answer.status).toBe(200);
    const body = answer.body as {
      Number: string;
      Date: string;
      Status: string;
      Total: number;
      Variants: { Quantity: number; Price: number; Discount: number }[];
    };
    expect(body).toMatchObject({ Number: invoice.number, Status: 'Active' });
    expect(body.Date).toMatch(/^2026-11-\d\dT.*\+07:00$/);
    expect(body.Variants.length).toBeGreaterThan(0);
    expect(body.Total).toBe(body.Variants.reduce((sum, l) => sum + l.Quantity * l.Price - l.Discount, 0));
    await h.call('PUT', 'Invoice/Void', { body: { OutletID: invoice.outletID, Number: invoice.number } });
    const voided = await h.call('GET', 'Invoice/Detail', {
      query: { Number: invoice.number, OutletID: invoice.outletID },
    });
    expect(voided.body).toMatchObject({ Status: 'Void' });
  });
});

describe('the docs profile of the simulator', () => {
  let docs: SimHarness;
  beforeAll(async () => {
    docs = await startHarness({ profile: 'docs', variants: 300 });
  });
  afterAll(() => docs.close());

  it('does not know Customer/Detail (404 with no body), as the reference pages do not', async () => {
    const code = (await docs.fixtures()).customers[0]!.Code;
    const answer = await docs.call('GET', 'Customer/Detail', { query: { Code: code } });
    expect(answer.status).toBe(404);
    expect(answer.body).toBeUndefined();
  });

  it("answers Invoice/Detail too, and keeps the reference pages' shapes elsewhere", async () => {
    const invoice = (await docs.fixtures()).invoices[1]!;
    const detail = await docs.call('GET', 'Invoice/Detail', {
      query: { Outlet: invoice.outlet, Number: invoice.number },
    });
    expect(detail.body).toMatchObject({ Number: invoice.number, OutletID: invoice.outletID });
    const list = await docs.call('GET', 'Variant', {
      query: { Category: (await docs.fixtures()).categories[0]! },
    });
    expect(list.body).toMatchObject({ RecordsCount: expect.any(Number) });
    const error = await docs.call('GET', 'Variant/Detail');
    expect(error.body).toEqual({ Message: 'Code or ID is required' });
  });
});
