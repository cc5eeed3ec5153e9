import type { PrintLabel } from '../bridge/contract.ts';

/** Labels in a job: the copies of every line. */
export function totalLabels(labels: readonly Pick<PrintLabel, 'copies'>[]): number {
  return labels.reduce((sum, label) => sum + label.copies, 0);
}

/** Pages `labels` take at `perPage` labels a page. */
export function pageCount(labels: readonly Pick<PrintLabel, 'copies'>[], perPage: number): number {
  const total = totalLabels(labels);
  return total === 0 ? 0 : Math.ceil(total / Math.max(1, perPage));
}

/**
 * The labels on page `page` (from 0), one per cell in order: a line's copies follow each other,
 * lines in document order, the last page partly filled. Only that page is expanded, so a
 * preview of page 1 of a 20,000-label job costs no more than page 1 of a small one.
 */
export function labelsOnPage<T extends Pick<PrintLabel, 'copies'>>(
  labels: readonly T[],
  perPage: number,
  page: number,
): T[] {
  const size = Math.max(1, perPage);
  let skip = page * size;
  const out: T[] = [];
  for (const label of labels) {
    if (skip >= label.copies) {
      skip -= label.copies;
      continue;
    }
    const take = Math.min(label.copies - skip, size - out.length);
    for (let i = 0; i < take; i++) out.push(label);
    skip = 0;
    if (out.length === size) break;
  }
  return out;
}
