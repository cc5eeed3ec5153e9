import { describe, expect, it } from 'vitest';
import type { LabelDocument } from '../../main/labels/label-channels.ts';
import {
  correct,
  keepUnchangedLines,
  lineState,
  newCount,
  type ReceiveCount,
  scan,
  undo,
  viewOf,
} from '../../renderer/src/receive/receive-count.ts';
import { toReport } from '../../renderer/src/receive/receive-report.ts';

const bill: LabelDocument = {
  kind: 'bill',
  outlet: 'Kelapa Gading',
  number: 'PB/2026/11/0007',
  fetchedAt: 1,
  lines: [
    { variantId: 'v1', name: 'Kaos Polos (Hitam, M)', code: 'KPH-M', quantity: 2, unitPrice: 45_000 },
    { variantId: 'v2', name: 'Teh Botol 450 ml', code: '8991002101234', quantity: 3, unitPrice: 4_000 },
    { variantId: 'v3', name: 'Topi', code: 'TOPI-1', quantity: 1, unitPrice: 30_000 },
  ],
};

/** Scans each code once, in order, failing the test on a refused scan. */
function scanned(codes: string[], start: ReceiveCount = newCount(bill, 0)) {
  let count = start;
  const outcomes: string[] = [];
  for (const code of codes) {
    const result = scan(count, code, 1, null, 1);
    if (!result.ok) throw new Error(`scan of ${code} refused: ${result.problem}`);
    count = result.count;
    outcomes.push(result.outcome);
  }
  return { count, outcomes };
}

describe('a count of received goods against a bill', () => {
  it('starts with every line waiting and nothing counted', () => {
    const view = viewOf(newCount(bill, 0));
    expect(view.lines.map((l) => l.state)).toEqual(['waiting', 'waiting', 'waiting']);
    expect(view.totals).toMatchObject({ expected: 6, counted: 0, towardsExpected: 0, unexpected: 0 });
  });

  it('says counted for a unit of a line still short, and line complete for its last unit', () => {
    const { count, outcomes } = scanned(['KPH-M', 'KPH-M']);
    expect(outcomes).toEqual(['counted', 'line-complete']);
    expect(viewOf(count).lines[0]).toMatchObject({ counted: 2, state: 'complete' });
  });

  it('shows a line part-counted as short, and over once more arrived than billed', () => {
    const { count, outcomes } = scanned(['8991002101234', 'TOPI-1', 'TOPI-1']);
    expect(outcomes).toEqual(['counted', 'line-complete', 'over']);
    const view = viewOf(count);
    expect(view.lines[1]).toMatchObject({ counted: 1, state: 'short' });
    expect(view.lines[2]).toMatchObject({ counted: 2, state: 'over' });
    // The progress bar counts the over unit out: 2 of 6 towards the bill.
    expect(view.totals).toMatchObject({ counted: 3, towardsExpected: 2 });
  });

  it('calls a line never scanned short once the count is finished', () => {
    expect(viewOf(newCount(bill, 0), true).lines.map((l) => l.state)).toEqual(['short', 'short', 'short']);
    expect(lineState(2, 0, false)).toBe('waiting');
  });

  it('finds a code typed in lower case (Caps Lock on the scanner)', () => {
    const { count } = scanned(['kph-m']);
    expect(viewOf(count).lines[0]?.counted).toBe(1);
  });

  it('counts a carton: a typed code with its quantity', () => {
    const result = scan(newCount(bill, 0), '8991002101234', 3, null, 1);
    expect(result.ok && result.outcome).toBe('line-complete');
    expect(scan(newCount(bill, 0), '8991002101234', 0, null, 1)).toEqual({
      ok: false,
      problem: 'bad-quantity',
    });
    expect(scan(newCount(bill, 0), '   ', 1, null, 1)).toEqual({ ok: false, problem: 'empty' });
  });

  it('fills the first short line of a code that is on two lines, then the last goes over', () => {
    const twice: LabelDocument = {
      ...bill,
      lines: [bill.lines[2]!, { ...bill.lines[2]!, variantId: 'v4', quantity: 1 }],
    };
    let count = newCount(twice, 0);
    const lines: (number | null)[] = [];
    for (let i = 0; i < 3; i += 1) {
      const result = scan(count, 'TOPI-1', 1, null, 1);
      if (!result.ok) throw new Error('refused');
      count = result.count;
      lines.push(result.line);
    }
    expect(lines).toEqual([0, 1, 1]);
    expect(viewOf(count).lines.map((l) => l.state)).toEqual(['complete', 'over']);
  });
});

describe('codes that are not on the document', () => {
  it('lists a code the catalog knows apart, by its catalog name and price', () => {
    const result = scan(newCount(bill, 0), 'SND-41', 1, { name: 'Sandal Jepit 41', unitPrice: 25_000 }, 1);
    expect(result.ok && result.outcome).toBe('not-on-document');
    if (!result.ok) return;
    const again = scan(result.count, 'SND-41', 2, { name: 'Sandal Jepit 41', unitPrice: 25_000 }, 2);
    if (!again.ok) throw new Error('refused');
    const view = viewOf(again.count);
    expect(view.unexpected).toEqual([
      { code: 'SND-41', name: 'Sandal Jepit 41', unitPrice: 25_000, counted: 3 },
    ]);
    expect(view.totals).toMatchObject({ counted: 0, unexpected: 3 });
  });

  it('calls a code nobody knows unknown, listed without a name', () => {
    const result = scan(newCount(bill, 0), 'XYZ-999', 1, null, 1);
    expect(result.ok && result.outcome).toBe('unknown');
    if (result.ok)
      expect(viewOf(result.count).unexpected).toEqual([
        { code: 'XYZ-999', name: null, unitPrice: null, counted: 1 },
      ]);
  });
});

describe('undo and hand corrections', () => {
  it('takes the last scan back, and the line state with it', () => {
    const { count } = scanned(['KPH-M', 'KPH-M']);
    const undone = undo(count, 5);
    expect(undone?.undone).toMatchObject({ type: 'scan', code: 'KPH-M' });
    expect(viewOf(undone!.count).lines[0]).toMatchObject({ counted: 1, state: 'short' });
    expect(undo(newCount(bill, 0), 5)).toBeNull();
  });

  it('takes back a scan of a code not on the document: it leaves the list', () => {
    const { count } = scanned(['XYZ-999']);
    expect(viewOf(undo(count, 2)!.count).unexpected).toEqual([]);
  });

  it('sets a line by hand only with a reason, and remembers from what to what', () => {
    const { count } = scanned(['8991002101234']);
    expect(correct(count, 1, 3, '  ', 2)).toEqual({ ok: false, problem: 'no-reason' });
    expect(correct(count, 1, -1, 'dus', 2)).toEqual({ ok: false, problem: 'bad-count' });
    expect(correct(count, 9, 1, 'dus', 2)).toEqual({ ok: false, problem: 'no-line' });
    expect(correct(count, 1, 1, 'dus', 2)).toEqual({ ok: false, problem: 'unchanged' });
    const fixed = correct(count, 1, 3, 'one carton of 3 counted by eye', 2);
    if (!fixed.ok) throw new Error(fixed.problem);
    const line = viewOf(fixed.count).lines[1];
    expect(line).toMatchObject({ counted: 3, state: 'complete' });
    expect(line?.corrections).toEqual([{ from: 1, to: 3, reason: 'one carton of 3 counted by eye' }]);
    // A scan after the correction adds to it.
    const more = scan(fixed.count, '8991002101234', 1, null, 3);
    expect(more.ok && more.outcome).toBe('over');
    // Undo takes back the last step, here the correction once the scan is gone.
    const back = undo(undo(more.ok ? more.count : fixed.count, 4)!.count, 5);
    expect(viewOf(back!.count).lines[1]?.counted).toBe(1);
  });
});

describe('the report of a finished count', () => {
  it('carries every line with expected, counted, price and corrections, and the unexpected codes', () => {
    const { count } = scanned(['KPH-M', 'TOPI-1', 'TOPI-1', 'XYZ-999']);
    const fixed = correct(count, 1, 2, 'torn carton', 9);
    if (!fixed.ok) throw new Error(fixed.problem);
    const report = toReport(fixed.count, { finishedAt: 1_700_000_000_000, countedBy: ' Sari ' });
    expect(report.document).toEqual({ kind: 'bill', number: 'PB/2026/11/0007', outlet: 'Kelapa Gading' });
    expect(report.countedBy).toBe('Sari');
    expect(report.finishedAt).toBe(1_700_000_000_000);
    expect(report.lines.map((l) => [l.code, l.expected, l.counted, l.unitPrice])).toEqual([
      ['KPH-M', 2, 1, 45_000],
      ['8991002101234', 3, 2, 4_000],
      ['TOPI-1', 1, 2, 30_000],
    ]);
    expect(report.lines[1]?.corrections).toEqual([{ from: 0, to: 2, reason: 'torn carton' }]);
    expect(report.lines[0]?.variantId).toBe('v1');
    expect(report.unexpected).toEqual([{ code: 'XYZ-999', name: null, counted: 1, unitPrice: null }]);
  });
});

describe('the view a scan leaves', () => {
  it('keeps the lines a scan did not touch as they were, so only the counted row repaints', () => {
    const { count } = scanned(['KPH-M']);
    const before = viewOf(count);
    const next = scan(count, 'TOPI-1', 1, null, 2);
    if (!next.ok) throw new Error('refused');
    const after = keepUnchangedLines(before, viewOf(next.count));
    expect(after.lines[0]).toBe(before.lines[0]);
    expect(after.lines[1]).toBe(before.lines[1]);
    expect(after.lines[2]).not.toBe(before.lines[2]);
    expect(after.lines[2]).toMatchObject({ counted: 1, state: 'complete' });
  });
});
