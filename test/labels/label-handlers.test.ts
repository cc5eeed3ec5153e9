import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DealposBridge, LabelJob, LabelProfileInput } from '../../main/app-contract.ts';
import type { AppServices } from '../../main/app-services.ts';
import { printFailedReason } from '../../main/labels/label-handlers.ts';
import type { PrinterPort } from '../../main/labels/printer-port.ts';
import { isValidEan13 } from '../../main/simulator/ean13.ts';
import { type RunningSimulator, type SimFixtures, startSimulator } from '../../main/simulator/index.ts';
import { hasValidCheckDigit } from '../../renderer/src/labels/barcode/check-digit.ts';
import { testApproval } from '../support/manager-approval.ts';
import { nodeBridge } from '../support/node-bridge.ts';
import { simCall } from '../support/sim-call.ts';

// The real handlers behind the page's bridge (dispatcher, zod, services) against the simulator
// over HTTP. Only printing is stood in for: no Electron binary can run here.

let sim: RunningSimulator;
let bridge: DealposBridge;
let services: AppServices;
let fixtures: SimFixtures;
const appLog: string[] = [];

const control = (path: string, body?: unknown) => simCall(sim, path, body);

beforeAll(async () => {
  sim = await startSimulator({ quiet: true, variants: 200, rateLimit: { limit: 5000, windowSeconds: 180 } });
  ({ bridge, services } = await nodeBridge(sim, { appLog: (message) => appLog.push(message) }));
  fixtures = (await control('fixtures')) as SimFixtures;
});
afterAll(async () => {
  await services.close();
  await sim.close();
});
afterEach(async () => {
  await control('reset', {});
});

const slashBill = () => {
  const bill = fixtures.bills.find((b) => b.number.includes('/'));
  if (!bill) throw new Error('the simulator has no bill numbered with slashes');
  return bill;
};

describe('looking up a document', () => {
  it('gives the lines of a supplier bill numbered with slashes', async () => {
    const bill = slashBill();
    const result = await bridge.invoke('labels:lookup-document', {
      kind: 'bill',
      outlet: bill.outlet,
      number: bill.number,
    });
    expect(result).toMatchObject({ ok: true, value: { kind: 'found' } });
    if (!result.ok || result.value.kind !== 'found') return;
    expect(result.value.document.lines).toEqual(
      bill.lines.map((l) => ({
        variantId: l.VariantID,
        name: l.Name,
        code: l.Code,
        quantity: l.Quantity,
        unitPrice: l.UnitPrice,
      })),
    );
    expect(result.value.document).toMatchObject({ kind: 'bill', outlet: bill.outlet, number: bill.number });
  });

  it('gives the lines of an outlet delivery, numbered with dots', async () => {
    const delivery = fixtures.deliveries.find((d) => d.number.includes('.'));
    if (!delivery) throw new Error('no dotted delivery number');
    const result = await bridge.invoke('labels:lookup-document', {
      kind: 'delivery',
      outlet: delivery.outlet,
      number: delivery.number,
    });
    expect(result.ok && result.value.kind === 'found' && result.value.document.lines.length).toBe(
      delivery.lines.length,
    );
  });

  it('says an unknown number is unknown, with what DealPOS said', async () => {
    const bill = slashBill();
    const result = await bridge.invoke('labels:lookup-document', {
      kind: 'bill',
      outlet: bill.outlet,
      number: 'PB/2026/11/9999',
    });
    expect(result).toEqual({
      ok: true,
      value: { kind: 'unknown', dealposMessage: expect.stringContaining('PB/2026/11/9999') },
    });
  });

  it('does not find a bill at another outlet than its own', async () => {
    const bill = slashBill();
    const other = fixtures.outlets.find((o) => o.Name !== bill.outlet && !o.Suspended);
    const result = await bridge.invoke('labels:lookup-document', {
      kind: 'bill',
      outlet: other?.Name ?? '',
      number: bill.number,
    });
    expect(result.ok && result.value.kind).toBe('unknown');
  });

  it('passes on a missing role with the role DealPOS names', async () => {
    await control('faults/next', { faults: [403] });
    const bill = slashBill();
    const result = await bridge.invoke('labels:lookup-document', {
      kind: 'bill',
      outlet: bill.outlet,
      number: bill.number,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'forbidden', dealposMessage: expect.stringContaining('role in "Products" Module') },
    });
  });

  it('says so when DealPOS cannot be reached', async () => {
    const gone = await startSimulator({ quiet: true, variants: 50 });
    const offline = await nodeBridge(gone);
    await gone.close();
    try {
      const result = await offline.bridge.invoke('labels:lookup-document', {
        kind: 'bill',
        outlet: 'Pluit',
        number: 'PB/2026/11/0001',
      });
      expect(result).toMatchObject({ ok: false, error: { kind: 'network' } });
    } finally {
      await offline.services.close();
    }
  });

  it('refuses a number with a control character or over 60 characters before asking DealPOS', async () => {
    const before = (await control('stats')) as { requests: number };
    for (const number of ['PB/2026\t/11', 'X'.repeat(61), '   ']) {
      const result = await bridge.invoke('labels:lookup-document', { kind: 'bill', outlet: 'Pluit', number });
      expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-input' } });
    }
    expect(((await control('stats')) as { requests: number }).requests).toBe(before.requests);
  });

  it('keeps looked-up documents for a quick reprint, newest first', async () => {
    const [first, second] = fixtures.bills;
    if (!first || !second) throw new Error('need two bills');
    await bridge.invoke('labels:lookup-document', {
      kind: 'bill',
      outlet: first.outlet,
      number: first.number,
    });
    await bridge.invoke('labels:lookup-document', {
      kind: 'bill',
      outlet: second.outlet,
      number: second.number,
    });
    await bridge.invoke('labels:lookup-document', {
      kind: 'bill',
      outlet: first.outlet,
      number: first.number,
    });
    const recent = await bridge.invoke('labels:recent');
    expect(recent.ok && recent.value.slice(0, 2).map((d) => d.number)).toEqual([first.number, second.number]);
    expect(recent.ok && recent.value[0]?.lines.length).toBe(first.lines.length);
  });

  it('answers a lookup with the recent list it leaves, the document first, so the page need not ask again', async () => {
    const [first, second] = fixtures.bills;
    if (!first || !second) throw new Error('need two bills');
    await bridge.invoke('labels:lookup-document', {
      kind: 'bill',
      outlet: first.outlet,
      number: first.number,
    });
    const result = await bridge.invoke('labels:lookup-document', {
      kind: 'bill',
      outlet: second.outlet,
      number: second.number,
    });
    if (!result.ok || result.value.kind !== 'found') throw new Error('not found');
    expect(result.value.recent.slice(0, 2).map((d) => d.number)).toEqual([second.number, first.number]);
    const listed = await bridge.invoke('labels:recent');
    expect(listed.ok && listed.value).toEqual(result.value.recent);
  });
});

describe('outlet prices', () => {
  it("gives each code the outlet's own price, or the selling price where it has none", async () => {
    const delivery = fixtures.deliveries[0];
    if (!delivery) throw new Error('no delivery');
    const codes = delivery.lines.map((l) => l.Code);
    const before = (await control('stats')) as { requests: number };
    const result = await bridge.invoke('labels:outlet-prices', { outlet: delivery.outlet, codes });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((r) => r.code)).toEqual([...new Set(codes)]);
    for (const row of result.value) {
      const line = delivery.lines.find((l) => l.Code === row.code);
      // The simulator's delivery price is the receiving outlet's price, else the selling price.
      expect(row.found).toBe(true);
      expect(row.outletPrice ?? row.sellingPrice).toBe(line?.UnitPrice);
    }
    const after = (await control('stats')) as { requests: number };
    expect(after.requests - before.requests).toBe(new Set(codes).size);
  });

  it('marks a code DealPOS does not know', async () => {
    const result = await bridge.invoke('labels:outlet-prices', {
      outlet: 'Pluit',
      codes: ['NO-SUCH-CODE-1'],
    });
    expect(result).toEqual({
      ok: true,
      value: [{ code: 'NO-SUCH-CODE-1', found: false, outletPrice: null, sellingPrice: null }],
    });
  });

  it('fails as a whole when DealPOS refuses, rather than print some labels at another price', async () => {
    await control('faults/next', { faults: [403] });
    const codes = fixtures.sampleVariantCodes.slice(0, 3);
    const result = await bridge.invoke('labels:outlet-prices', { outlet: 'Pluit', codes });
    expect(result).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  });
});

describe('codes the simulator seeds', () => {
  it('agree with the simulator on which 13-digit codes have a wrong check digit', () => {
    for (const code of fixtures.invalidEanCodes) {
      expect(hasValidCheckDigit(code)).toBe(false);
      expect(isValidEan13(code)).toBe(false);
    }
  });
});

const ownProfile = (name: string): LabelProfileInput => ({
  name,
  page: { width: 210, height: 297 },
  label: { width: 70, height: 37 },
  columns: 3,
  rows: 8,
  margin: { top: 0.5, left: 0 },
  gap: { x: 0, y: 0 },
  padding: 3,
  fields: {
    productName: true,
    variant: true,
    code: true,
    barcode: true,
    price: true,
    outlet: true,
    date: false,
  },
});

describe('label profiles', () => {
  it('lists the built-in sizes with their layouts', async () => {
    const result = await bridge.invoke('labels:profiles');
    expect(result.ok && result.value.map((p) => [p.id, p.layout.perPage])).toEqual([
      ['roll-38x25', 1],
      ['roll-50x30', 1],
      ['roll-33x15', 1],
      ['a4-3x8', 24],
      ['a4-4x10', 40],
    ]);
  });

  it('saves a valid profile of the admin and lists it', async () => {
    const saved = await bridge.invoke('labels:save-profile', {
      ...ownProfile('A4 3 x 8 (70 x 37 mm)'),
      approval: testApproval,
    });
    expect(saved).toMatchObject({
      ok: true,
      value: { saved: true, profile: { builtIn: false, layout: { perPage: 24 } } },
    });
    const list = await bridge.invoke('labels:profiles');
    expect(list.ok && list.value.some((p) => p.name === 'A4 3 x 8 (70 x 37 mm)')).toBe(true);
  });

  it('answers a save with every profile as it leaves them, the saved one among them', async () => {
    const saved = await bridge.invoke('labels:save-profile', {
      ...ownProfile('Rak 40 x 20'),
      approval: testApproval,
    });
    if (!saved.ok || !saved.value.saved) throw new Error('not saved');
    const { profile, profiles } = saved.value;
    expect(profiles.find((p) => p.id === profile.id)).toEqual(profile);
    const listed = await bridge.invoke('labels:profiles');
    expect(listed.ok && listed.value).toEqual(profiles);
  });

  it('answers what is wrong with an invalid one, field by field, and keeps nothing', async () => {
    const check = await bridge.invoke('labels:check-profile', { ...ownProfile('Too many'), rows: 9 });
    expect(check).toEqual({
      ok: true,
      value: { ok: false, problems: [{ field: 'label.height', kind: 'does-not-fit', overBy: 36.5 }] },
    });
    const saved = await bridge.invoke('labels:save-profile', {
      ...ownProfile('Too many'),
      rows: 9,
      approval: testApproval,
    });
    expect(saved.ok && saved.value.saved).toBe(false);
  });

  it('refuses a payload that is not a profile at all', async () => {
    const result = await bridge.invoke('labels:save-profile', {
      ...ownProfile('x'),
      columns: '3',
    } as unknown as LabelProfileInput);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-input' } });
  });
});

const job = (profileId = 'roll-38x25'): LabelJob => ({
  profileId,
  outletName: 'Pluit',
  date: '2026-11-23',
  labels: [{ name: 'Kaos', variant: 'L', code: '1315L', price: 89_000, copies: 2, symbology: 'code128' }],
});

describe('printing', () => {
  it('answers that printing needs the desktop app, outside of it', async () => {
    expect(await bridge.invoke('labels:printers')).toEqual({
      ok: true,
      value: { available: false, printers: [] },
    });
    expect(await bridge.invoke('labels:print', { job: job(), target: { kind: 'dialog' } })).toEqual({
      ok: true,
      value: { kind: 'unavailable' },
    });
    expect(await bridge.invoke('labels:save-pdf', { job: job(), fileName: 'labels' })).toEqual({
      ok: true,
      value: { kind: 'unavailable' },
    });
    expect(await bridge.invoke('labels:save-zpl', { fileName: 'labels', zpl: '^XA^XZ' })).toEqual({
      ok: true,
      value: { kind: 'unavailable' },
    });
  });

  /** Stands in for Electron (its binary cannot run here): "draws" the job by asking `page` for it as the print page would. */
  function standInPort(printed: string[], page: () => DealposBridge): PrinterPort {
    return {
      available: true,
      listPrinters: async () => [
        { name: 'ZDesigner_GK420t', displayName: 'ZDesigner GK420t', isDefault: true },
        { name: 'HP_LaserJet', displayName: 'HP LaserJet', isDefault: false },
      ],
      async print({ jobId, rendered, options }) {
        const view = await page().invoke('labels:print-job', { jobId });
        if (!view.ok || !view.value) return { kind: 'failed', reason: 'no job' };
        await page().invoke('labels:print-rendered', {
          jobId,
          pages: view.value.labels.reduce((n, l) => n + l.copies, 0),
        });
        printed.push(
          `${options.deviceName ?? 'dialog'} ${options.pageSize.width}x${options.pageSize.height}`,
        );
        return { kind: 'printed', pages: await rendered };
      },
      savePdf: async ({ fileName }) => ({ kind: 'saved', path: `/tmp/${fileName}` }),
      saveText: async ({ fileName }) => ({ kind: 'saved', path: `/tmp/${fileName}` }),
    };
  }

  const printingApps: AppServices[] = [];
  afterEach(async () => {
    for (const app of printingApps.splice(0)) await app.close();
  });

  /**
   * The app as main wires it, with `printer` as its printing side (a dependency of the app, as
   * Electron's port is in main/index.ts); `printer` gets that app's page to play the hidden print page.
   */
  async function appPrintingWith(
    printer: (page: () => DealposBridge) => PrinterPort,
  ): Promise<DealposBridge> {
    let printing: DealposBridge | null = null;
    const page = () => {
      if (!printing) throw new Error('the app is not up yet');
      return printing;
    };
    const app = await nodeBridge(sim, { appLog: (message) => appLog.push(message), printer: printer(page) });
    printingApps.push(app.services);
    printing = app.bridge;
    return app.bridge;
  }

  it('prints through the port at the profile size, and remembers the profile per printer', async () => {
    const printed: string[] = [];
    const bridge = await appPrintingWith((page) => standInPort(printed, page));
    const result = await bridge.invoke('labels:print', {
      job: job('roll-50x30'),
      target: { kind: 'printer', name: 'ZDesigner_GK420t' },
    });
    expect(result).toEqual({
      ok: true,
      value: { kind: 'printed', pages: 2, printers: expect.objectContaining({ available: true }) },
    });
    // The print answers with the printers it changed: the profile is remembered for this one.
    const answered = result.ok && result.value.kind === 'printed' ? result.value.printers.printers : [];
    expect(answered.find((p) => p.name === 'ZDesigner_GK420t')?.lastProfileId).toBe('roll-50x30');
    expect(printed).toEqual(['ZDesigner_GK420t 50000x30000']);
    const printers = await bridge.invoke('labels:printers');
    expect(printers.ok && printers.value.printers.map((p) => [p.name, p.lastProfileId])).toEqual([
      ['ZDesigner_GK420t', 'roll-50x30'],
      ['HP_LaserJet', null],
    ]);
  });

  it('hands the hidden page nothing once the job is over', async () => {
    let seen = '';
    const bridge = await appPrintingWith((page) => ({
      ...standInPort([], page),
      print: async ({ jobId }) => {
        seen = jobId;
        return { kind: 'cancelled' };
      },
    }));
    expect(await bridge.invoke('labels:print', { job: job(), target: { kind: 'dialog' } })).toEqual({
      ok: true,
      value: { kind: 'cancelled' },
    });
    expect(await bridge.invoke('labels:print-job', { jobId: seen })).toEqual({ ok: true, value: null });
  });

  it('turns a page that never finished drawing into a failed print, not a crash', async () => {
    const bridge = await appPrintingWith((page) => ({
      ...standInPort([], page),
      print: async ({ rendered }) => {
        await Promise.reject(new Error('The label pages were not drawn in time.'));
        return { kind: 'printed', pages: await rendered };
      },
    }));
    const result = await bridge.invoke('labels:print', { job: job(), target: { kind: 'dialog' } });
    expect(result).toEqual({ ok: true, value: { kind: 'failed', reason: printFailedReason } });
    expect(appLog.at(-1)).toMatch(/not drawn in time/);
  });

  it('a PDF or ZPL file that cannot be written gets a clear message, and its path stays in the app log', async () => {
    const denied = () =>
      Object.assign(new Error("EACCES: permission denied, open '/home/kasir/Dokumen/labels.pdf'"), {
        code: 'EACCES',
      });
    const bridge = await appPrintingWith((page) => ({
      ...standInPort([], page),
      savePdf: async () => {
        throw denied();
      },
      saveText: async () => {
        throw denied();
      },
    }));
    appLog.length = 0;
    const pdf = await bridge.invoke('labels:save-pdf', { job: job(), fileName: 'labels' });
    const zpl = await bridge.invoke('labels:save-zpl', { fileName: 'labels', zpl: '^XA^XZ' });
    for (const answer of [pdf, zpl]) {
      expect(answer).toEqual({ ok: true, value: { kind: 'failed', reason: printFailedReason } });
      expect(JSON.stringify(answer)).not.toContain('/home/kasir');
    }
    expect(appLog).toEqual([
      expect.stringContaining('/home/kasir/Dokumen/labels.pdf'),
      expect.stringContaining('/home/kasir/Dokumen/labels.pdf'),
    ]);
  });

  it('names the PDF after the document, without path separators', async () => {
    const bridge = await appPrintingWith((page) => standInPort([], page));
    const result = await bridge.invoke('labels:save-pdf', { job: job(), fileName: 'labels PB/2026/11/0001' });
    expect(result).toEqual({ ok: true, value: { kind: 'saved', path: '/tmp/labels PB-2026-11-0001.pdf' } });
  });

  it('refuses a job for a profile that does not exist, and more than 20,000 labels', async () => {
    const bridge = await appPrintingWith((page) => standInPort([], page));
    const unknown = await bridge.invoke('labels:print', { job: job('gone'), target: { kind: 'dialog' } });
    expect(unknown).toMatchObject({ ok: false, error: { kind: 'invalid-input' } });
    const huge = { ...job(), labels: [{ ...job().labels[0]!, copies: 20_001 }] };
    expect(await bridge.invoke('labels:print', { job: huge, target: { kind: 'dialog' } })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-input' },
    });
  });
});

describe('remembered choices', () => {
  it('keeps the price source per kind of document, the profile and the printer', async () => {
    await bridge.invoke('labels:save-preferences', {
      priceSource: { bill: 'outlet', delivery: 'document' },
      profileId: 'a4-3x8',
    });
    await bridge.invoke('labels:save-preferences', { printerName: 'HP_LaserJet' });
    expect(await bridge.invoke('labels:preferences')).toEqual({
      ok: true,
      value: {
        priceSource: { bill: 'outlet', delivery: 'document' },
        profileId: 'a4-3x8',
        printerName: 'HP_LaserJet',
        symbology: 'auto',
      },
    });
  });
});
