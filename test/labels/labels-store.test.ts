import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogItem, DealposBridge } from '../../main/app-contract.ts';
import type { AppServices } from '../../main/app-services.ts';
import { desktopOnlyPrinterPort, type PrinterPort } from '../../main/labels/printer-port.ts';
import { type RunningSimulator, type SimFixtures, startSimulator } from '../../main/simulator/index.ts';
import { createLabelsStore, jobOf, rowsOf } from '../../renderer/src/labels/labels-store.ts';
import { testApproval } from '../support/manager-approval.ts';
import { openApp } from '../support/open-app.ts';

// The screen's store over the real handlers and the simulator. The catalog cache is a map here
// (its IndexedDB version runs in the end-to-end test).

let sim: RunningSimulator;
let bridge: DealposBridge;
let services: AppServices;
let fixtures: SimFixtures;

const requests = async () => sim.controls.stats().requests;
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

beforeAll(async () => {
  sim = await startSimulator({ quiet: true, variants: 200, rateLimit: { limit: 5000, windowSeconds: 180 } });
  ({ bridge, services } = await openApp({ simulator: sim, chooseOutlet: false }));
  fixtures = sim.controls.fixtures();
});
afterAll(async () => {
  await services.close();
  await sim.close();
});
const printingApps: AppServices[] = [];
afterEach(async () => {
  for (const app of printingApps.splice(0)) await app.close();
});

/** The app again, with `printer` as its printing side (a dependency of the app, as in main/index.ts). */
async function appPrintingWith(printer: PrinterPort): Promise<DealposBridge> {
  const app = await openApp({ simulator: sim, chooseOutlet: false, printer });
  printingApps.push(app.services);
  return app.bridge;
}

/** A catalog cache that knows every code of the simulator's bills, at a selling price of 111,000. */
const catalog = {
  async find(code: string): Promise<CatalogItem | undefined> {
    const line = fixtures.bills.flatMap((b) => b.lines).find((l) => l.Code === code);
    return line
      ? {
          id: line.VariantID,
          code,
          name: line.Name,
          product: 'Produk',
          variant: 'M',
          category: null,
          type: null,
          unitPrice: 111_000,
          discontinued: false,
        }
      : undefined;
  },
};

async function storeWithBill(index = 0, app = bridge) {
  const bill = fixtures.bills[index];
  if (!bill) throw new Error('no bill');
  const store = createLabelsStore({ bridge: app, catalog, today: () => '2026-11-23' });
  await store.getState().start();
  store.getState().setOutlet(bill.outlet);
  store.getState().setNumber(` ${bill.number} `);
  await store.getState().lookUp();
  await settle();
  return { store, bill };
}

describe('the labels screen', () => {
  it('opens a scanned bill with one label per unit, at the selling price of the catalog', async () => {
    const { store, bill } = await storeWithBill();
    const state = store.getState();
    expect(state.problem).toBeNull();
    expect(state.lines.map((l) => l.copies)).toEqual(bill.lines.map((l) => Math.ceil(l.Quantity)));
    expect(state.priceSource).toBe('catalog');
    expect(jobOf(state)?.labels.every((l) => l.price === 111_000)).toBe(true);
  });

  it('asks DealPOS for outlet prices once per code, and only once for the job', async () => {
    const { store, bill } = await storeWithBill(1);
    const before = await requests();
    await store.getState().choosePriceSource('outlet');
    const asked = (await requests()) - before;
    expect(asked).toBe(new Set(bill.lines.map((l) => l.Code)).size);
    await store.getState().choosePriceSource('document');
    await store.getState().choosePriceSource('outlet');
    expect((await requests()) - before).toBe(asked);
    expect(rowsOf(store.getState()).every((row) => !row.price.pending)).toBe(true);
  });

  it('remembers the price source for the next bill', async () => {
    const { store } = await storeWithBill(2);
    await store.getState().choosePriceSource('document');
    const next = await storeWithBill(0);
    expect(next.store.getState().priceSource).toBe('document');
    await next.store.getState().choosePriceSource('catalog');
  });

  it('reopens a recent document without a DealPOS request', async () => {
    const { store, bill } = await storeWithBill();
    const before = await requests();
    const recent = store.getState().recent.find((d) => d.number === bill.number);
    if (!recent) throw new Error('not in the recent list');
    store.getState().openRecent(recent);
    await settle();
    expect(store.getState()).toMatchObject({ fromRecent: true, number: bill.number });
    expect(await requests()).toBe(before);
  });

  it('prints nothing after "Set all to 0", and one label per unit again after "One label per unit"', async () => {
    const { store, bill } = await storeWithBill();
    store.getState().clearCopies();
    expect(jobOf(store.getState())).toBeNull();
    store.getState().resetCopies();
    const labels = jobOf(store.getState())?.labels ?? [];
    expect(labels).toHaveLength(bill.lines.length);
    expect(labels.reduce((sum, l) => sum + l.copies, 0)).toBe(
      bill.lines.reduce((sum, l) => sum + Math.ceil(l.Quantity), 0),
    );
  });

  it('says an unknown number is unknown, naming what was asked', async () => {
    const store = createLabelsStore({ bridge, catalog: null });
    await store.getState().start();
    store.getState().setOutlet('Pluit');
    store.getState().setNumber('PB/2026/11/9999');
    await store.getState().lookUp();
    expect(store.getState()).toMatchObject({
      problem: { kind: 'unknown-number' },
      problemFor: { kind: 'bill', number: 'PB/2026/11/9999', outlet: 'Pluit' },
      document: null,
    });
  });

  it('a failed lookup after a good one leaves nothing printable', async () => {
    const { store, bill } = await storeWithBill();
    expect(jobOf(store.getState())?.labels.length).toBeGreaterThan(0);
    store.getState().setNumber('PB/2026/11/9999');
    await store.getState().lookUp();
    const state = store.getState();
    expect(state.problem).toMatchObject({ kind: 'unknown-number' });
    expect(state).toMatchObject({ document: null, lines: [], outcome: null });
    expect(jobOf(state)).toBeNull();
    expect(state.number).not.toBe(bill.number);
  });

  it('offers a label size the moment a manager approves saving it', async () => {
    const store = createLabelsStore({ bridge, catalog: null });
    await store.getState().start();
    const base = store.getState().profiles.find((p) => p.id === 'a4-3x8');
    if (!base) throw new Error('no built-in A4 sheet');
    const { page, label, columns, rows, margin, gap, padding, fields } = base;
    const input = { name: 'Rak toko 3 x 8', page, label, columns, rows, margin, gap, padding, fields };
    const answer = await store.getState().saveProfile(input, testApproval);
    if (!('saved' in answer) || !answer.saved) throw new Error('not saved');
    expect(store.getState().profiles.map((p) => p.id)).toContain(answer.profile.id);
  });

  it('brings back the label size last printed on a printer when that printer is chosen', async () => {
    const printing: DealposBridge = await appPrintingWith({
      ...desktopOnlyPrinterPort,
      available: true,
      listPrinters: async () => [{ name: 'ZDesigner', displayName: 'ZDesigner GK420t', isDefault: true }],
      print: async ({ rendered, jobId }) => {
        await printing.invoke('labels:print-rendered', { jobId, pages: 3 });
        return { kind: 'printed', pages: await rendered };
      },
    });
    const { store } = await storeWithBill(0, printing);
    store.getState().chooseProfile('roll-50x30');
    store.getState().choosePrinter('ZDesigner');
    await store.getState().print();
    expect(store.getState().outcome).toEqual({ kind: 'printed', pages: 3 });
    store.getState().chooseProfile('a4-3x8');
    store.getState().choosePrinter(null);
    store.getState().choosePrinter('ZDesigner');
    expect(store.getState().profileId).toBe('roll-50x30');
  });

  it('saves ZPL for a Zebra printer, one format per line with its copies', async () => {
    let saved = '';
    const printing = await appPrintingWith({
      ...desktopOnlyPrinterPort,
      available: true,
      saveText: async ({ fileName, text }) => {
        saved = text;
        return { kind: 'saved', path: `/tmp/${fileName}` };
      },
    });
    const { store, bill } = await storeWithBill(0, printing);
    store.getState().chooseProfile('roll-38x25');
    await store.getState().saveZpl();
    expect(store.getState().outcome).toEqual({
      kind: 'saved',
      path: `/tmp/labels ${bill.number.replaceAll('/', '-')}.zpl`,
    });
    expect(saved.match(/\^XA/g)).toHaveLength(bill.lines.length);
    expect(saved).toContain(`^PQ${Math.ceil(bill.lines[0]!.Quantity)},0,1,Y`);
  });

  it('answers that printing needs the desktop app, outside of it', async () => {
    const { store } = await storeWithBill();
    await store.getState().savePdf();
    expect(store.getState().outcome).toEqual({ kind: 'unavailable' });
  });
});
