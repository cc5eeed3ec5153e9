import { isLive } from '../profile.ts';
import type { SimState } from '../state.ts';

/** The lists whose envelope differs between live tenants and the reference pages. */
export type ListName = 'Variant' | 'Variant/Data' | 'Product';

/**
 * Wraps one page of a list the way each profile answers it, in one place (README, live table
 * "List envelopes", "Variant/Data"). Live: `GET /Product` answered `{DataArray, RecordsCount:
 * -1}`, `Variant/Data` a bare array, and `GET /Variant` rows were read as a plain list (bare
 * array here). Docs: `{Data, RecordsCount}` as the List Variants page shows, `{Data}` for Data.
 */
export function listEnvelope(state: SimState, list: ListName, rows: unknown[], total: number): unknown {
  if (isLive(state)) {
    if (list === 'Product') return { DataArray: rows, RecordsCount: -1 };
    return rows;
  }
  if (list === 'Variant/Data') return { Data: rows };
  return { Data: rows, RecordsCount: total };
}
