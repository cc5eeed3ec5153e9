import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type RunningSimulator,
  SIM_PROFILES,
  type SimControls,
  startSimulator,
} from '../../main/simulator/index.ts';
import { type OpenApp, openApp } from '../support/open-app.ts';
import { seededCustomers } from './counter.ts';

// Lookups from the page's bridge through the real handlers to the simulator over HTTP, against
// a live-like DealPOS (Customer/Detail) and one as the reference pages describe it (the older
// per-field reads, Customer/Email without an ID).

describe.each(SIM_PROFILES)('customer lookup against the %s profile', (profile) => {
  let sim: RunningSimulator;
  let counter: OpenApp;
  let control: SimControls;
  /** The route a lookup by `field` costs: Customer/Detail live, the per-field read otherwise. */
  const lookupRoute = (field: 'code' | 'email' | 'mobilephone') =>
    profile === 'live' ? 'GET customer/detail' : `GET customer/${field}`;

  beforeAll(async () => {
    sim = await startSimulator({
      profile,
      quiet: true,
      variants: 50,
      rateLimit: { limit: 5000, windowSeconds: 180 },
    });
    control = sim.controls;
    counter = await openApp({ simulator: sim, record: true });
  });
  afterAll(async () => {
    await counter.close();
    await sim.close();
  });
  afterEach(async () => {
    control.reset();
  });

  const cardKeys = [
    'code',
    'email',
    'group',
    'groupExpires',
    'hasPhoto',
    'joinDate',
    'lockout',
    'loyaltyPoints',
    'mobilePhone',
    'name',
    'signUpOutlet',
    'status',
    'statusKind',
  ];

  describe('finding a customer at the counter', () => {
    it('finds a member by the code on their card, whatever its case, and shows the card without any ID', async () => {
      const [customer] = (await seededCustomers(sim)).active;
      const found = await counter.bridge.invoke('customers:find', {
        by: 'code',
        value: customer!.Code.toLowerCase(),
      });
      expect(found.ok).toBe(true);
      if (!found.ok || !found.value) throw new Error('not found');
      const card = found.value;
      expect(Object.keys(card).sort()).toEqual(cardKeys);
      expect(card).toMatchObject({
        code: customer!.Code,
        mobilePhone: customer!.MobilePhone,
        email: customer!.Email,
        status: 'Active',
        statusKind: 'active',
        lockout: { lockedUntil: null, attemptsLeft: 5 },
      });
      expect(card.name).toMatch(/^\S+ \S+$/);
      expect(card.joinDate).toMatch(/^\d{2} [A-Z][a-z]{2} \d{4}$/);
      expect(Number.isInteger(card.loyaltyPoints)).toBe(true);
      expect(JSON.stringify(card)).not.toContain(customer!.ID);
    });

    it('finds a member by mobile number however it is written, with one request each', async () => {
      const [, customer] = (await seededCustomers(sim)).active;
      const stored = customer!.MobilePhone;
      const national = stored.slice(1); // "812..."
      const written = [
        `+62 ${national.slice(0, 3)}-${national.slice(3, 7)}-${national.slice(7)}`,
        `${stored.slice(0, 4)} ${stored.slice(4, 8)} ${stored.slice(8)}`,
        `62${national}`,
        `(${stored.slice(0, 4)}) ${stored.slice(4, 8)}.${stored.slice(8)}`,
      ];
      for (const value of written) {
        const found = await counter.bridge.invoke('customers:find', { by: 'phone', value });
        expect(found.ok && found.value?.code, value).toBe(customer!.Code);
      }
      expect(control.requests(lookupRoute('mobilephone'))).toBe(written.length);
    });

    it('finds a member by email, whatever its case', async () => {
      const customer = (await seededCustomers(sim)).active[2]!;
      const found = await counter.bridge.invoke('customers:find', {
        by: 'email',
        value: customer.Email.toUpperCase(),
      });
      expect(found.ok && found.value).toMatchObject({ code: customer.Code, email: customer.Email });
    });

    it('says plainly that there is no such customer, for each kind of lookup', async () => {
      for (const input of [
        { by: 'code', value: 'NOPE-404' },
        { by: 'phone', value: '0899 0000 0000' },
        { by: 'email', value: 'nobody@example.com' },
      ] as const) {
        const found = await counter.bridge.invoke('customers:find', input);
        expect(found, input.by).toEqual({ ok: true, value: null });
      }
    });

    it('refuses a phone number that is not an Indonesian mobile before asking DealPOS', async () => {
      const found = await counter.bridge.invoke('customers:find', { by: 'phone', value: '021-5550123' });
      expect(found.ok).toBe(false);
      if (found.ok) return;
      expect(found.error.kind).toBe('invalid-input');
      expect(found.error.message).toMatch(/mobile number/);
      expect(control.requests(lookupRoute('mobilephone'))).toBe(0);
    });

    it('refuses malformed lookups at the border', async () => {
      const invalid: unknown[] = [
        { by: 'code', value: '' },
        { by: 'code', value: 'X'.repeat(65) },
        { by: 'code', value: 'HW001', extra: true },
        { by: 'id', value: 'abc' },
        { by: 'email', value: 'not-an-email' },
        { by: 'phone', value: '0'.repeat(33) },
        'HW001',
      ];
      for (const input of invalid) {
        // biome-ignore lint/suspicious/noExplicitAny: a hostile page sends anything
        const found = await counter.bridge.invoke('customers:find', input as any);
        expect(found.ok ? 'accepted' : found.error.kind, JSON.stringify(input)).toBe('invalid-input');
      }
      expect(control.requests(lookupRoute('code'))).toBe(0);
    });

    it('tells which permission is missing when the API user may not see customers', async () => {
      const limited = await openApp({ simulator: sim, record: true, credentials: 'limited' });
      try {
        const found = await limited.bridge.invoke('customers:find', { by: 'code', value: 'HW001' });
        expect(found.ok).toBe(false);
        if (found.ok) return;
        expect(found.error.kind).toBe('forbidden');
        expect(found.error.dealposMessage).toMatch(/Contacts/);
      } finally {
        await limited.close();
      }
    });

    it('says the DealPOS account is suspended when it is', async () => {
      control.config({ suspended: true });
      const found = await counter.bridge.invoke('customers:find', { by: 'code', value: 'HW001' });
      expect(found.ok ? 'found' : found.error.kind).toBe('suspended');
    });

    it('says a lookup needs the network when DealPOS cannot be reached', async () => {
      control.faults(['drop', 'drop', 'drop']);
      const found = await counter.bridge.invoke('customers:find', { by: 'code', value: 'HW001' });
      expect(found.ok).toBe(false);
      if (found.ok) return;
      expect(found.error.kind).toBe('offline');
      expect(found.error.message).toMatch(/cannot be reached/);
    });

    it('shows an inactive and a suspended customer as such', async () => {
      const { inactive, suspended } = await seededCustomers(sim);
      const first = await counter.bridge.invoke('customers:find', { by: 'code', value: inactive.Code });
      const second = await counter.bridge.invoke('customers:find', { by: 'code', value: suspended.Code });
      expect(first.ok && first.value).toMatchObject({ status: 'Inactive', statusKind: 'inactive' });
      expect(second.ok && second.value).toMatchObject({ status: 'Suspended', statusKind: 'suspended' });
    });
  });

  describe('customers looked up this shift', () => {
    it('are listed newest first, once each, with the last check, and a second check costs no lookup', async () => {
      const fresh = await openApp({ simulator: sim, record: true });
      try {
        const [a, b, c] = (await seededCustomers(sim)).active;
        expect(await fresh.bridge.invoke('customers:recent')).toEqual({ ok: true, value: [] });
        await fresh.bridge.invoke('customers:find', { by: 'code', value: a!.Code });
        await fresh.bridge.invoke('customers:find', { by: 'phone', value: b!.MobilePhone });
        await fresh.bridge.invoke('customers:find', { by: 'email', value: c!.Email });
        await fresh.bridge.invoke('customers:find', { by: 'code', value: a!.Code });
        await fresh.bridge.invoke('customers:check-pin', { code: b!.Code, pin: b!.PIN });

        const recent = await fresh.bridge.invoke('customers:recent');
        if (!recent.ok) throw new Error(recent.error.message);
        expect(recent.value.map((entry) => entry.card.code)).toEqual([a!.Code, c!.Code, b!.Code]);
        expect(recent.value[2]!.lastCheck).toMatchObject({ result: 'verified' });
        expect(recent.value[0]!.lastCheck).toBeNull();

        const lookupsBefore = control.requests(lookupRoute('code'));
        const again = await fresh.bridge.invoke('customers:check-pin', { code: a!.Code, pin: a!.PIN });
        expect(again).toEqual({ ok: true, value: { result: 'verified' } });
        expect(control.requests(lookupRoute('code'))).toBe(lookupsBefore);
      } finally {
        await fresh.close();
      }
    });

    it('a customer found by email costs at most one Code lookup, at the first PIN check only', async () => {
      const customer = (await seededCustomers(sim)).active[3]!;
      const fresh = await openApp({ simulator: sim, record: true });
      try {
        await fresh.bridge.invoke('customers:find', { by: 'email', value: customer.Email });
        expect(control.requests('GET customer/code')).toBe(0);
        await fresh.bridge.invoke('customers:check-pin', { code: customer.Code, pin: customer.PIN });
        await fresh.bridge.invoke('customers:check-pin', { code: customer.Code, pin: customer.PIN });
        // Customer/Detail answers with the ID, so live needs no second lookup; Customer/Email
        // (the reference pages' read) leaves the ID out, so it costs one Code lookup.
        if (profile === 'live') expect(control.requests('GET customer/detail')).toBe(1);
        else expect(control.requests('GET customer/code')).toBe(1);
      } finally {
        await fresh.close();
      }
    });
  });
});
