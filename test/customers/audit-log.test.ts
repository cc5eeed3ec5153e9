import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../main/app-contract.ts';
import { auditCsv } from '../../main/customers/audit-csv.ts';
import { AuditLog, auditCapacity } from '../../main/customers/audit-log.ts';
import { csvField } from '../../main/export/csv-file.ts';
import { memoryBacking } from '../../main/settings/settings-repository.ts';
import { type RunningSimulator, startSimulator } from '../../main/simulator/index.ts';
import { testApproval } from '../support/manager-approval.ts';
import { type OpenApp, openApp } from '../support/open-app.ts';
import { parseCsv } from '../support/parse-csv.ts';
import { seededCustomers, wrongPin } from './counter.ts';

describe('the PIN check log, over the bridge', () => {
  let sim: RunningSimulator;
  let counter: OpenApp;
  const clock = { now: Date.UTC(2026, 4, 4, 7, 0, 0) };

  beforeAll(async () => {
    sim = await startSimulator({ quiet: true, variants: 50, rateLimit: { limit: 5000, windowSeconds: 180 } });
    counter = await openApp({ simulator: sim, record: true, clock });
  });
  afterAll(async () => {
    await counter.close();
    await sim.close();
  });

  it('records time, outlet, customer and result of every check and of an admin clear, newest first', async () => {
    const { active, inactive } = seededCustomers(sim);
    const [outlet] = sim.controls.fixtures().outlets;
    const a = active[0]!;
    const b = active[1]!;
    const step = async (run: () => Promise<unknown>) => {
      clock.now += 1000;
      await run();
    };
    await step(() => counter.bridge.invoke('customers:check-pin', { code: a.Code, pin: a.PIN }));
    for (let i = 0; i < 5; i++) {
      await step(() => counter.bridge.invoke('customers:check-pin', { code: b.Code, pin: wrongPin(b.PIN) }));
    }
    await step(() => counter.bridge.invoke('customers:check-pin', { code: b.Code, pin: b.PIN }));
    await step(() =>
      counter.bridge.invoke('customers:clear-lockout', { code: b.Code, approval: testApproval }),
    );
    await step(() =>
      counter.bridge.invoke('customers:check-pin', { code: inactive.Code, pin: inactive.PIN }),
    );

    const page = await counter.bridge.invoke('customers:audit', { limit: 100 });
    if (!page.ok) throw new Error(page.error.message);
    expect(page.value.total).toBe(9);
    const start = Date.UTC(2026, 4, 4, 7, 0, 0);
    expect(page.value.entries).toEqual(
      (
        [
          [a.Code, 'verified'],
          [b.Code, 'wrong'],
          [b.Code, 'wrong'],
          [b.Code, 'wrong'],
          [b.Code, 'wrong'],
          [b.Code, 'locked-out'],
          [b.Code, 'locked'],
          [b.Code, 'lockout-cleared'],
          [inactive.Code, 'refused'],
        ] as const
      )
        .map(([customerCode, result], i) => ({
          at: start + (i + 1) * 1000,
          outlet: outlet!.Name,
          customerCode,
          result,
          // The clear names the manager who approved it, as they typed their name.
          ...(result === 'lockout-cleared' ? { approvedBy: testApproval.approver } : {}),
        }))
        .reverse(),
    );
    const latest = await counter.bridge.invoke('customers:audit', { limit: 2 });
    expect(latest.ok && latest.value.entries.map((e) => e.result)).toEqual(['refused', 'lockout-cleared']);
  });

  it('exports as CSV: a header, one quoted line per entry, oldest first, and no PIN anywhere', async () => {
    const { all } = seededCustomers(sim);
    const exported = await counter.bridge.invoke('customers:audit-csv');
    if (!exported.ok) throw new Error(exported.error.message);
    const { csv, fileName } = exported.value;
    expect(fileName).toMatch(/^pin-checks-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
    expect(
      csv.startsWith('\uFEFF"Time","Time (UTC)","Outlet","Customer code","Result","Approved by"\r\n'),
    ).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(1 + 9);
    expect(rows[1]!.slice(1)).toEqual([
      '2026-05-04T07:00:01.000Z',
      expect.any(String),
      all[0]!.Code,
      'verified',
      '',
    ]);
    expect(rows.at(-1)!.at(-2)).toBe('refused');
    expect(rows.find((row) => row[4] === 'lockout-cleared')?.[5]).toBe(testApproval.approver);
    expect(csv).not.toContain(testApproval.passcode);
    for (const line of csv.split('\r\n').filter(Boolean))
      expect(line).toMatch(/^(\uFEFF)?"[^"]*"(,"[^"]*")*$/);
    for (const customer of all) expect(csv).not.toContain(customer.PIN);
  });
});

describe('the log and its CSV, in detail', () => {
  const entry = (overrides: Partial<AuditEntry> = {}): AuditEntry => ({
    at: Date.UTC(2026, 0, 2, 3, 4, 5),
    outlet: 'Pluit',
    customerCode: 'HW001',
    result: 'verified',
    ...overrides,
  });

  it('quotes every field, doubles quotes, and keeps commas and line breaks inside their field', async () => {
    const csv = auditCsv([entry({ outlet: 'Mall "Kelapa", Gading\nLt. 2' })]);
    const rows = parseCsv(csv.slice(1));
    expect(rows[1]![2]).toBe('Mall "Kelapa", Gading\nLt. 2');
    expect(csv).toContain('"Mall ""Kelapa"", Gading\nLt. 2"');
  });

  it('keeps a spreadsheet from running a code or outlet name as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    for (const start of ['+', '-', '@', '\t']) expect(csvField(`${start}1`)).toBe(`"'${start}1"`);
    expect(csvField('HW-001')).toBe('"HW-001"');
    const rows = parseCsv(auditCsv([entry({ customerCode: '=1+1', outlet: null })]).slice(1));
    expect(rows[1]!.slice(2)).toEqual(['', "'=1+1", 'verified', '']);
  });

  it('keeps only the newest 10,000 entries', () => {
    // A full log as an earlier run left it, then 25 more checks.
    const full = Array.from({ length: auditCapacity }, (_, i) => entry({ at: i }));
    const backing = memoryBacking<unknown>({ version: 1, entries: full });
    const log = new AuditLog(backing);
    for (let i = auditCapacity; i < auditCapacity + 25; i++) log.append(entry({ at: i }));
    expect(log.all()).toHaveLength(auditCapacity);
    expect(log.all()[0]!.at).toBe(25);
    expect(new AuditLog(backing).latest(1)).toEqual({
      entries: [entry({ at: auditCapacity + 24 })],
      total: auditCapacity,
    });
  });

  it('stores only the four fields of an entry, whatever a caller slips in', () => {
    const backing = memoryBacking<unknown>(undefined);
    new AuditLog(backing).append({ ...entry(), pin: '123456' } as AuditEntry);
    expect(JSON.stringify(backing.current)).not.toContain('123456');
  });

  it('starts over from a damaged file, and drops only a damaged line', () => {
    expect(new AuditLog(memoryBacking<unknown>('garbage')).latest(5)).toEqual({ entries: [], total: 0 });
    const mixed = memoryBacking<unknown>({
      version: 1,
      entries: [entry(), { at: 'noon' }, entry({ at: 9 })],
    });
    expect(new AuditLog(mixed).all()).toEqual([entry(), entry({ at: 9 })]);
  });
});
