import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DealposBridge, LabelProfileInput } from '../../main/app-contract.ts';
import { isValidEan13 } from '../../main/simulator/ean13.ts';
import { type RunningSimulator, type SimFixtures, startSimulator } from '../../main/simulator/index.ts';
import { hasValidCheckDigit } from '../../renderer/src/labels/barcode/check-digit.ts';
import { testApproval } from '../support/manager-approval.ts';
import { openApp } from '../support/open-app.ts';
import { type LabelApp, startLabelApp } from './support/label-app.ts';

// The real handlers behind the page's bridge (dispatcher, zod, services) against the simulator
// over HTTP: lookups, outlet prices, label sizes and remembered choices (printing has its own
// file, label-printing.test.ts).

let labels: LabelApp;
let sim: RunningSimulator;
let bridge: DealposBridge;
let fixtures: SimFixtures;

beforeAll(async () => {
  labels = await startLabelApp();
  ({ sim } = labels);
  ({ bridge } = labels.app);
  fixtures = sim.controls.fixtures();
});
afterAll(() => labels.close());
afterEach(() => {
  sim.controls.reset();
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
    sim.controls.faults([403]);
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
    const offline = await openApp({ simulator: gone, chooseOutlet: false });
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
    const before = sim.controls.stats();
    for (const number of ['PB/2026\t/11', 'X'.repeat(61), '   ']) {
      const result = await bridge.invoke('labels:lookup-document', { kind: 'bill', outlet: 'Pluit', number });
      expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-input' } });
    }
    expect(sim.controls.stats().requests).toBe(before.requests);
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
    const before = sim.controls.stats();
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
    const after = sim.controls.stats();
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
    sim.controls.faults([403]);
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
