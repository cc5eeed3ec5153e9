import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SimFixtures, SimProfile } from '../../main/simulator/index.ts';
import { type RunningSimulator, startSimulator } from '../../main/simulator/index.ts';
import { canAct, createInvoiceStore } from '../../renderer/src/back-office/invoice-store.ts';
import { type OpenApp, ok, openApp } from '../support/open-app.ts';

// Before a void, restore or erase, the supervisor sees the invoice as DealPOS has it
// (Invoice/Detail), over the real handlers and the simulator over HTTP, in both of its profiles.
// When DealPOS will not show it, the screen falls back to the number alone and the void still
// goes out; when DealPOS says there is no such invoice, there is nothing to act on.

const profiles: SimProfile[] = ['live', 'docs'];

describe.each(profiles)('reading an invoice before acting on it (%s profile)', (profile) => {
  let sim: RunningSimulator;
  let desk: OpenApp;
  let fixtures: SimFixtures;

  beforeAll(async () => {
    sim = await startSimulator({
      profile,
      quiet: true,
      variants: 200,
      rateLimit: { limit: 5000, windowSeconds: 180 },
    });
    fixtures = sim.controls.fixtures();
  });
  afterAll(async () => {
    await sim.close();
  });
  afterEach(async () => {
    await desk?.close();
    sim.controls.reset();
  });

  // API requests; a token (fetched once, kept for hours) is not what opening an invoice costs.
  const requests = async () => {
    const stats = sim.controls.stats();
    return stats.requests - stats.tokensIssued;
  };
  const invoiceAt = (outlet: string) => {
    const invoice = fixtures.invoices.find((i) => i.outlet === outlet);
    if (!invoice) throw new Error(`no invoice at ${outlet}`);
    return { outlet: invoice.outlet, number: invoice.number };
  };

  it('shows an invoice of the counter’s outlet for one request: date, customer, total, lines, active', async () => {
    desk = await openApp({ simulator: sim });
    const ref = invoiceAt(desk.outlet);
    const before = await requests();
    const reading = ok(await desk.bridge.invoke('back-office:invoice-read', ref));
    expect(await requests()).toBe(before + 1);
    expect(reading.lookup.status).toBe('found');
    if (reading.lookup.status !== 'found') return;
    const { invoice } = reading.lookup;
    expect(invoice.number).toBe(ref.number);
    expect(invoice.date).toMatch(/^2026-11-\d\dT/);
    expect(invoice.state).toBe('active');
    expect(invoice.lineCount).toBeGreaterThan(0);
    expect(invoice.lines.length).toBe(Math.min(invoice.lineCount, 5));
    // The total is the lines' amounts, as the receipt shows it.
    expect(invoice.total).toBe(invoice.lines.reduce((sum, l) => sum + l.amount, 0));
    expect(reading.history).toEqual({ ...ref, known: 'unknown', events: [] });
  });

  it('names the customer, or none for a walk-in sale, as DealPOS has them', async () => {
    desk = await openApp({ simulator: sim });
    const customers = new Set<string | null>();
    for (const invoice of fixtures.invoices.filter((i) => i.outlet === desk.outlet)) {
      const reading = ok(
        await desk.bridge.invoke('back-office:invoice-read', {
          outlet: invoice.outlet,
          number: invoice.number,
        }),
      );
      if (reading.lookup.status === 'found') customers.add(reading.lookup.invoice.customer);
    }
    expect([...customers].some((name) => name?.includes(' '))).toBe(true);
  });

  it('costs two requests the first time for another outlet (its ID from the outlet list), then one', async () => {
    desk = await openApp({ simulator: sim });
    const others = fixtures.outlets
      .filter((o) => o.Name !== desk.outlet && fixtures.invoices.some((i) => i.outlet === o.Name))
      .map((o) => invoiceAt(o.Name));
    const [first, second] = others;
    const before = await requests();
    expect(ok(await desk.bridge.invoke('back-office:invoice-read', first!)).lookup.status).toBe('found');
    expect(await requests()).toBe(before + 2);
    expect(ok(await desk.bridge.invoke('back-office:invoice-read', second!)).lookup.status).toBe('found');
    expect(ok(await desk.bridge.invoke('back-office:invoice-read', first!)).lookup.status).toBe('found');
    expect(await requests()).toBe(before + 4);
  });

  it('shows an invoice voided from this counter in the Recycle Bin when opened again', async () => {
    desk = await openApp({ simulator: sim });
    const ref = invoiceAt(desk.outlet);
    ok(await desk.bridge.invoke('back-office:invoice-void', ref));
    const reading = ok(await desk.bridge.invoke('back-office:invoice-read', ref));
    expect(reading.lookup.status === 'found' && reading.lookup.invoice.state).toBe('recycle-bin');
    expect(reading.history.events.map((e) => e.action)).toEqual(['invoice-void']);
    expect(reading.readAt).toBeGreaterThanOrEqual(reading.history.events[0]!.at);
  });

  it('says DealPOS has no such invoice, so there is nothing to void', async () => {
    desk = await openApp({ simulator: sim });
    const reading = ok(
      await desk.bridge.invoke('back-office:invoice-read', { outlet: desk.outlet, number: '2099.01.99999' }),
    );
    expect(reading.lookup).toMatchObject({ status: 'missing', error: { kind: 'bad-request' } });
    if (reading.lookup.status !== 'missing') return;
    expect(reading.lookup.error.dealposMessage).toMatch(/2099\.01\.99999 does not exist/);
  });

  it('falls back to the number alone when DealPOS will not show the invoice, and the void still goes out', async () => {
    desk = await openApp({ simulator: sim });
    const ref = invoiceAt(desk.outlet);
    // A tenant that does not answer Invoice/Detail: 404 with no body.
    sim.controls.faults([404]);
    const reading = ok(await desk.bridge.invoke('back-office:invoice-read', ref));
    expect(reading.lookup).toMatchObject({ status: 'unreadable', error: { kind: 'not-found' } });
    const voided = ok(await desk.bridge.invoke('back-office:invoice-void', ref));
    expect(voided.outcome.result).toBe('done');
    expect(sim.controls.fixtures().invoices.find((i) => i.number === ref.number)?.state).toBe('voided');
  });

  it('falls back for an outlet this DealPOS user may not see, and still sends the void', async () => {
    desk = await openApp({ simulator: sim, credentials: 'limited' });
    const ref = invoiceAt('Gudang Pusat');
    const reading = ok(await desk.bridge.invoke('back-office:invoice-read', ref));
    expect(reading.lookup.status).toBe('unreadable');
    if (reading.lookup.status !== 'unreadable') return;
    expect(['forbidden', 'outlet-forbidden']).toContain(reading.lookup.error.kind);
    expect(reading.lookup.error.dealposMessage).toBeTruthy();
    // Not blocked here: DealPOS itself decides (this user may not void either, and says so).
    const before = sim.controls.stats().writes['PUT invoice/void'] ?? 0;
    const voided = ok(await desk.bridge.invoke('back-office:invoice-void', ref));
    expect(voided.outcome.result).toBe('refused');
    expect(sim.controls.stats().writes['PUT invoice/void']).toBe(before + 1);
  });

  it('leaves nothing of the previous invoice to act on when the next lookup fails or finds nothing', async () => {
    desk = await openApp({ simulator: sim });
    // The screen's own store over the real bridge.
    const store = createInvoiceStore(desk.bridge);
    const ref = invoiceAt(desk.outlet);
    store.getState().setNumber(ref.number);
    expect(await store.getState().openInvoice(desk.outlet)).toBe(true);
    expect(store.getState().open?.lookup.status).toBe('found');

    // A number the app refuses to send (a control character from a stray key): nothing open.
    store.getState().setNumber('2026.11\u000700001');
    expect(await store.getState().openInvoice(desk.outlet)).toBe(false);
    expect(store.getState().open).toBeNull();
    expect(store.getState().error?.kind).toBe('invalid-input');

    store.getState().setNumber(ref.number);
    await store.getState().openInvoice(desk.outlet);
    store.getState().setNumber('2099.01.99999');
    expect(await store.getState().openInvoice(desk.outlet)).toBe(false);
    const open = store.getState().open;
    expect(open?.history.number).toBe('2099.01.99999');
    expect(open && canAct(open)).toBe(false);
    // A void asked for anyway sends nothing.
    await store.getState().run('void');
    expect(sim.controls.stats().writes['PUT invoice/void'] ?? 0).toBe(0);
  });
});
