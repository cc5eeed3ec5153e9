import type { LabelDocument } from '../bridge/contract.ts';

/**
 * A count of received goods against one looked-up bill or delivery (issue #15), kept as the list
 * of what staff did (scans and hand corrections), so Undo is "drop the last step" and the saved
 * count replays the same way after a crash. Everything else is worked out from it.
 */
export interface ReceiveCount {
  /** One count per document: the document's kind, outlet and number (see countIdOf). */
  id: string;
  document: LabelDocument;
  startedAt: number;
  updatedAt: number;
  steps: CountStep[];
  /** Names learnt later for codes not on the document (an online lookup), by code. */
  names: Record<string, KnownItem>;
}

/** What the catalog says of a code that is not on the document. */
export interface KnownItem {
  name: string;
  /** Selling price in whole rupiah. */
  unitPrice: number;
}

export type CountStep =
  /** `line` is the document line the units went to; null when the code is not on the document. */
  | { type: 'scan'; code: string; quantity: number; line: number | null; item: KnownItem | null }
  | { type: 'correct'; line: number; to: number; reason: string };

export type LineState = 'waiting' | 'complete' | 'short' | 'over';

/** What one scan did, for its sound and colour. */
export type ScanOutcome = 'counted' | 'line-complete' | 'over' | 'not-on-document' | 'unknown';

export interface LineView {
  index: number;
  code: string;
  name: string;
  expected: number;
  counted: number;
  state: LineState;
  corrections: { from: number; to: number; reason: string }[];
}

export interface UnexpectedView {
  code: string;
  name: string | null;
  unitPrice: number | null;
  counted: number;
}

export interface CountTotals {
  expected: number;
  /** Units counted against the document's lines (overs included). */
  counted: number;
  /** Units counted towards what was expected (overs left out): what the progress bar shows. */
  towardsExpected: number;
  /** Units scanned that are not on the document. */
  unexpected: number;
  linesComplete: number;
  lines: number;
}

export interface CountView {
  lines: LineView[];
  unexpected: UnexpectedView[];
  totals: CountTotals;
}

/** Most units one scan or correction can carry (a typo of 10000 for 100 is refused). */
export const maxQuantity = 9_999;

// Quantities on a MultipleUOM line can be fractional (2.5 kg): compare with a little slack.
const epsilon = 1e-9;

export const countIdOf = (d: Pick<LabelDocument, 'kind' | 'outlet' | 'number'>) =>
  `${d.kind}\u0000${d.outlet.toLowerCase()}\u0000${d.number.toLowerCase()}`;

export function newCount(document: LabelDocument, now: number): ReceiveCount {
  return { id: countIdOf(document), document, startedAt: now, updatedAt: now, steps: [], names: {} };
}

export function lineState(expected: number, counted: number, finished = false): LineState {
  if (counted > expected + epsilon) return 'over';
  if (counted >= expected - epsilon) return 'complete';
  return counted === 0 && !finished ? 'waiting' : 'short';
}

/** Replays the steps: what was counted of every line, and of every code not on the document. */
export function viewOf(count: ReceiveCount, finished = false): CountView {
  const counted = count.document.lines.map(() => 0);
  const corrections: LineView['corrections'][] = count.document.lines.map(() => []);
  const unexpected = new Map<string, UnexpectedView>();
  for (const step of count.steps) {
    if (step.type === 'correct') {
      corrections[step.line]?.push({ from: counted[step.line] ?? 0, to: step.to, reason: step.reason });
      counted[step.line] = step.to;
    } else if (step.line !== null) counted[step.line] = (counted[step.line] ?? 0) + step.quantity;
    else {
      const known = count.names[step.code] ?? step.item;
      const entry = unexpected.get(step.code) ?? { code: step.code, name: null, unitPrice: null, counted: 0 };
      entry.counted += step.quantity;
      if (known) Object.assign(entry, { name: known.name, unitPrice: known.unitPrice });
      unexpected.set(step.code, entry);
    }
  }
  const lines = count.document.lines.map((line, index): LineView => {
    const n = counted[index] ?? 0;
    return {
      index,
      code: line.code,
      name: line.name,
      expected: line.quantity,
      counted: n,
      state: lineState(line.quantity, n, finished),
      corrections: corrections[index] ?? [],
    };
  });
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const unexpectedList = [...unexpected.values()].filter((u) => u.counted !== 0);
  return {
    lines,
    unexpected: unexpectedList,
    totals: {
      expected: sum(lines.map((l) => l.expected)),
      counted: sum(lines.map((l) => l.counted)),
      towardsExpected: sum(lines.map((l) => Math.min(l.counted, l.expected))),
      unexpected: sum(unexpectedList.map((u) => u.counted)),
      linesComplete: lines.filter((l) => l.state === 'complete').length,
      lines: lines.length,
    },
  };
}

const sameCode = (a: string, b: string) => a === b || a.toUpperCase() === b.toUpperCase();

/**
 * The document line a scanned code counts on: the first of its lines still short (a code may be
 * on two lines), else the last of them (which goes over); null when the document lacks it.
 */
export function lineFor(view: CountView, code: string): number | null {
  const matching = view.lines.filter((l) => sameCode(l.code, code));
  if (matching.length === 0) return null;
  return (matching.find((l) => l.counted < l.expected - epsilon) ?? matching.at(-1))?.index ?? null;
}

export type ScanResult =
  | { ok: true; count: ReceiveCount; outcome: ScanOutcome; line: number | null; code: string }
  | { ok: false; problem: 'empty' | 'bad-quantity' };

/**
 * One scan (or a typed code with a carton's quantity). `known` is what the catalog on this PC
 * says of the code, asked only when it is not on the document.
 */
export function scan(
  count: ReceiveCount,
  raw: string,
  quantity: number,
  known: KnownItem | null,
  now: number,
): ScanResult {
  const code = raw.trim();
  if (!code) return { ok: false, problem: 'empty' };
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > maxQuantity)
    return { ok: false, problem: 'bad-quantity' };
  const line = lineFor(viewOf(count), code);
  const step: CountStep = { type: 'scan', code, quantity, line, item: line === null ? known : null };
  const next = { ...count, steps: [...count.steps, step], updatedAt: now };
  if (line === null)
    return { ok: true, count: next, line, code, outcome: known ? 'not-on-document' : 'unknown' };
  const after = viewOf(next).lines[line];
  const state = after ? lineState(after.expected, after.counted) : 'short';
  const outcome: ScanOutcome = state === 'over' ? 'over' : state === 'complete' ? 'line-complete' : 'counted';
  return { ok: true, count: next, line, code, outcome };
}

/** Drops the last step (a scan, or a hand correction); null when there is nothing to undo. */
export function undo(count: ReceiveCount, now: number): { count: ReceiveCount; undone: CountStep } | null {
  const undone = count.steps.at(-1);
  if (!undone) return null;
  return { count: { ...count, steps: count.steps.slice(0, -1), updatedAt: now }, undone };
}

export type CorrectionProblem = 'no-line' | 'bad-count' | 'no-reason' | 'unchanged';

/** Sets a line's count by hand; staff must say why (it goes in the report). */
export function correct(
  count: ReceiveCount,
  line: number,
  to: number,
  reason: string,
  now: number,
): { ok: true; count: ReceiveCount } | { ok: false; problem: CorrectionProblem } {
  const current = viewOf(count).lines[line];
  if (!current) return { ok: false, problem: 'no-line' };
  if (!Number.isInteger(to) || to < 0 || to > maxQuantity) return { ok: false, problem: 'bad-count' };
  const why = reason.trim();
  if (!why) return { ok: false, problem: 'no-reason' };
  if (to === current.counted) return { ok: false, problem: 'unchanged' };
  const step: CountStep = { type: 'correct', line, to, reason: why.slice(0, 200) };
  return { ok: true, count: { ...count, steps: [...count.steps, step], updatedAt: now } };
}

/** Remembers a name found later (online) for a code not on the document. */
export function nameCode(count: ReceiveCount, code: string, item: KnownItem, now: number): ReceiveCount {
  return { ...count, names: { ...count.names, [code]: item }, updatedAt: now };
}

/**
 * The new view with the previous view's line objects kept where a line did not change, so the
 * screen's memoised rows repaint only the line a scan counted on.
 */
export function keepUnchangedLines(previous: CountView | null, next: CountView): CountView {
  if (!previous || previous.lines.length !== next.lines.length) return next;
  const lines = next.lines.map((line, i) => {
    const before = previous.lines[i];
    return before &&
      before.counted === line.counted &&
      before.state === line.state &&
      before.corrections.length === line.corrections.length
      ? before
      : line;
  });
  return { ...next, lines };
}
