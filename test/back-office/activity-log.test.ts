import { describe, expect, it } from 'vitest';
import type { ActivityEntry } from '../../main/app-contract.ts';
import { activityCsv } from '../../main/back-office/activity-csv.ts';
import { ActivityLog, activityCapacity } from '../../main/back-office/activity-log.ts';
import { memoryBacking } from '../../main/settings/settings-repository.ts';
import { testApproval } from '../support/manager-approval.ts';
import { type FeatureStores, type OpenApp, ok, openApp } from '../support/open-app.ts';
import { parseCsv } from '../support/parse-csv.ts';
import { simulatorSuite } from '../support/simulator-suite.ts';

let desk: OpenApp;
const clock = { now: Date.UTC(2026, 4, 4, 7, 0, 0) };
const suite = simulatorSuite({}, () => desk?.close());

describe('the activity log of this counter', () => {
  it('records time, action, document and result of every write, newest first, and no note', async () => {
    desk = await openApp({ simulator: suite.sim, clock });
    const invoice = suite.fixtures.invoices[0]!;
    const order = suite.fixtures.salesOrders[0]!;
    const code = suite.fixtures.sampleVariantCodes[0]!;
    const step = async (run: () => Promise<unknown>) => {
      clock.now += 1000;
      await run();
    };
    const start = clock.now;
    await step(() =>
      desk.bridge.invoke('back-office:invoice-void', {
        outlet: invoice.outlet,
        number: invoice.number,
        note: 'Pelanggan batal, kode 4411',
      }),
    );
    await step(() =>
      desk.bridge.invoke('back-office:invoice-erase', {
        outlet: invoice.outlet,
        number: invoice.number,
        approval: testApproval,
      }),
    );
    await step(() =>
      desk.bridge.invoke('back-office:order-reference', {
        outlet: order.outlet,
        number: order.number,
        referenceNumber: 'JP77',
        logisticServiceCode: 'SICEPAT-REG',
      }),
    );
    await step(() => desk.bridge.invoke('back-office:variant-update', { code, unitPrice: 99000 }));
    await step(() =>
      desk.bridge.invoke('back-office:invoice-erase', {
        outlet: invoice.outlet,
        number: invoice.number,
        approval: testApproval,
      }),
    );

    const page = ok(await desk.bridge.invoke('back-office:activity', { limit: 100 }));
    expect(page.total).toBe(5);
    expect(page.entries.map((e) => [e.at - start, e.action, e.document, e.result])).toEqual([
      [5000, 'invoice-erase', invoice.number, 'refused'],
      [4000, 'variant-update', code, 'done'],
      [3000, 'order-reference', order.number, 'done'],
      [2000, 'invoice-erase', invoice.number, 'done'],
      [1000, 'invoice-void', invoice.number, 'done'],
    ]);
    expect(page.entries[4]).toMatchObject({
      counterOutlet: desk.outlet,
      outlet: invoice.outlet,
      detail: 'with note',
      message: 'Invoice has been Updated!',
    });
    expect(page.entries[2]?.detail).toBe('ReferenceNumber=JP77; LogisticServiceCode=SICEPAT-REG');
    expect(page.entries[1]?.detail).toBe('UnitPrice=99000');
    expect(page.entries[0]?.message).toMatch(/does not exist in Database/);
    // The note went to DealPOS, not into the log (nor into the app log).
    const stored = JSON.stringify([...desk.stores.values()].map((s) => s.read()));
    expect(stored).not.toContain('4411');
    expect(desk.logs.join('\n')).not.toContain('4411');
  });

  it('exports as CSV a spreadsheet reads: every write, oldest first, with DealPOS words', async () => {
    desk = await openApp({ simulator: suite.sim, clock });
    const invoice = suite.fixtures.invoices[0]!;
    const ref = { outlet: invoice.outlet, number: invoice.number };
    clock.now = Date.UTC(2026, 4, 4, 7, 30, 0);
    await desk.bridge.invoke('back-office:invoice-void', { ...ref, fulfillment: invoice.fulfillment });
    clock.now += 60_000;
    await desk.bridge.invoke('back-office:invoice-restore', ref);

    const { fileName, csv } = ok(await desk.bridge.invoke('back-office:activity-csv'));
    expect(fileName).toMatch(/^back-office-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([
      'Time',
      'Time (UTC)',
      'Counter outlet',
      'Action',
      'Outlet',
      'Document',
      'Details',
      'Result',
      'Message',
    ]);
    expect(rows.slice(1).map((r) => [r[1], r[3], r[5], r[6], r[7], r[8]])).toEqual([
      [
        '2026-05-04T07:30:00.000Z',
        'invoice-void',
        invoice.number,
        `Fulfillment=${invoice.fulfillment}`,
        'done',
        'Invoice has been Updated!',
      ],
      [
        '2026-05-04T07:31:00.000Z',
        'invoice-restore',
        invoice.number,
        '',
        'done',
        'Invoice has been Updated!',
      ],
    ]);
  });

  it('is kept across a restart of the app', async () => {
    const stores: FeatureStores = new Map();
    desk = await openApp({ simulator: suite.sim, stores });
    const order = suite.fixtures.salesOrders[1]!;
    await desk.bridge.invoke('back-office:order-reference', {
      outlet: order.outlet,
      number: order.number,
      referenceNumber: 'AR1',
    });
    await desk.close();

    desk = await openApp({ simulator: suite.sim, stores });
    const page = ok(await desk.bridge.invoke('back-office:activity'));
    expect(page.entries.map((e) => [e.action, e.document])).toEqual([['order-reference', order.number]]);
    // The invoice memory is this session's only: a restart starts it empty.
    const history = ok(
      await desk.bridge.invoke('back-office:invoice-history', {
        outlet: suite.fixtures.invoices[0]!.outlet,
        number: suite.fixtures.invoices[0]!.number,
      }),
    );
    expect(history.events).toEqual([]);
  });
});

describe('the log file', () => {
  const entry = (i: number): ActivityEntry => ({
    at: i,
    counterOutlet: 'Pluit',
    action: 'order-reference',
    outlet: 'Pluit',
    document: `SO/${i}`,
    detail: '',
    result: 'done',
    message: 'ok',
  });

  it(`keeps the newest ${activityCapacity.toLocaleString('en')} writes`, () => {
    // A full log from earlier days, then a busy morning.
    const full = Array.from({ length: activityCapacity }, (_, i) => entry(i + 1));
    const backing = memoryBacking<unknown>({ version: 1, entries: full });
    const log = new ActivityLog(backing);
    for (let i = activityCapacity + 1; i <= activityCapacity + 25; i++) log.append(entry(i));
    expect(log.all()).toHaveLength(activityCapacity);
    expect(log.all()[0]?.document).toBe('SO/26');
    expect(new ActivityLog(backing).latest(1).entries[0]?.document).toBe(`SO/${activityCapacity + 25}`);
  });

  it('drops an unreadable line and keeps the rest', () => {
    const backing = memoryBacking<unknown>({
      version: 1,
      entries: [entry(1), { at: 'yesterday' }, entry(3)],
    });
    expect(new ActivityLog(backing).all().map((e) => e.document)).toEqual(['SO/1', 'SO/3']);
    expect(new ActivityLog(memoryBacking<unknown>('garbage')).all()).toEqual([]);
  });

  it('keeps a formula someone typed in DealPOS from running in a spreadsheet', () => {
    const csv = activityCsv([{ ...entry(1), document: '=HYPERLINK("x")' }]);
    expect(parseCsv(csv.slice(1))[1]?.[5]).toBe(`'=HYPERLINK("x")`);
  });
});
