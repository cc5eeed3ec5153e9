import { z } from 'zod';
import type { VariantFilter } from '../catalog/variant-query.ts';
import { badRequest, notInDatabase } from '../dealpos-error.ts';
import { integer, text } from '../input-fields.ts';
import { parseInput } from '../request-input.ts';
import type { SimState } from '../state.ts';

/** The inputs List Variants, Variant Data and Variants Count share (reference page 002). */
const VariantListQuery = z.object({
  Category: text('Category'),
  PageNumber: integer('PageNumber'),
  PageSize: integer('PageSize'),
  Type: text('Type'),
  Name: text('Name'),
  Code: text('Code'),
  ReleasedFrom: text('ReleasedFrom'),
  ReleasedTo: text('ReleasedTo'),
});

const DEFAULT_PAGE_SIZE = 10;

export interface VariantListRequest {
  filter: VariantFilter;
  pageNumber: number;
  pageSize: number;
}

/** Reads and checks the shared inputs; paging is checked only when `paged`. */
export function readVariantListRequest(state: SimState, input: unknown, paged: boolean): VariantListRequest {
  const query = parseInput(VariantListQuery, input);
  let category: VariantFilter['category'];
  if (query.Category === undefined) {
    // The reference page marks Category required; whether DealPOS enforces it is a switch.
    if (state.config.categoryRequired) throw badRequest('Category is required');
  } else {
    category = state.store.catalog.categoryByName(query.Category);
    if (!category) throw notInDatabase(`Path ${query.Category}`);
  }
  const pageNumber = query.PageNumber ?? 1;
  let pageSize = query.PageSize ?? DEFAULT_PAGE_SIZE;
  if (paged) {
    if (pageNumber < 1) throw badRequest('PageNumber must be greater than 0');
    if (pageSize < 1) throw badRequest('PageSize must be greater than 0');
    pageSize = allowedPageSize(state, pageSize);
  }
  return {
    filter: {
      category,
      type: query.Type,
      name: query.Name,
      code: query.Code,
      releasedFrom: isoDate('ReleasedFrom', query.ReleasedFrom),
      releasedTo: isoDate('ReleasedTo', query.ReleasedTo),
    },
    pageNumber,
    pageSize,
  };
}

/**
 * The page size actually served. Live servers were seen to cap silently (a client that asked for
 * 100000000 went back to 1000, nobody saw a refusal); the docs profile refuses with a 400.
 * Pages are cut at the capped size, so page N starts at (N-1) x cap.
 */
export function allowedPageSize(state: SimState, asked: number): number {
  const max = state.config.maxPageSize;
  if (asked <= max) return asked;
  if (state.config.pageSizeOverflow === 'cap') return max;
  throw badRequest(`PageSize must not be greater than ${max}`);
}

/** "2021-01-01" or a full ISO timestamp, as YYYY-MM-DD for comparison with release dates. */
function isoDate(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw badRequest(`${name} is not a valid date`);
  return new Date(time).toISOString().slice(0, 10);
}
