import { DealposError } from '../dealpos/errors.ts';
import type { CatalogPageAnswer } from './catalog-channels.ts';

/**
 * How DealPOS says "no" to a list request, read in one place. Neither wording is documented:
 * the simulator's are "PageSize must not be greater than 1000" and "Category is required", and
 * the matching is loose so a differently worded refusal of the same kind still reads right.
 */
export function readListRefusal(error: unknown): CatalogPageAnswer | null {
  if (!(error instanceof DealposError) || error.kind !== 'bad-request') return null;
  const text = error.dealposMessage ?? '';
  if (/page\s*size/i.test(text)) {
    const limit = /(\d+)/.exec(text);
    return { kind: 'page-size-refused', maxPageSize: limit ? Number(limit[1]) : null };
  }
  if (/category/i.test(text) && /required|must|mandatory|empty/i.test(text))
    return { kind: 'category-required' };
  return null;
}
