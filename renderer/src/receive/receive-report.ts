import type { ReceiveReport } from '../bridge/contract.ts';
import { type ReceiveCount, viewOf } from './receive-count.ts';

export type { ReceiveReport } from '../bridge/contract.ts';

/** The finished count as its discrepancy report's data (the CSV and PDF writers format it). */
export function toReport(
  count: ReceiveCount,
  finish: { finishedAt: number; countedBy: string },
): ReceiveReport {
  const view = viewOf(count, true);
  const { document } = count;
  return {
    document: { kind: document.kind, number: document.number, outlet: document.outlet },
    finishedAt: finish.finishedAt,
    countedBy: finish.countedBy.trim(),
    lines: view.lines.map((line) => {
      const source = document.lines[line.index];
      return {
        variantId: source?.variantId ?? '',
        code: line.code,
        name: line.name,
        expected: line.expected,
        counted: line.counted,
        unitPrice: source?.unitPrice ?? 0,
        corrections: line.corrections,
      };
    }),
    unexpected: view.unexpected.map((u) => ({
      code: u.code,
      name: u.name,
      counted: u.counted,
      unitPrice: u.unitPrice,
    })),
  };
}
