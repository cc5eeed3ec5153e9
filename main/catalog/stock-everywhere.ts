import type { DealposClient } from '../dealpos/client.ts';
import type { StockEverywhereAnswer } from './catalog-channels.ts';

/**
 * One item's stock in every outlet: one `Inventory/CodeArrayGroupByOutlet` request in the
 * interactive lane (a cashier is waiting; background syncs step aside). DealPOS leaves an
 * unknown code out of its answer, which reads as `unknown-code`.
 */
export async function stockEverywhere(
  client: DealposClient,
  code: string,
  now: () => number,
  here: string | null,
): Promise<StockEverywhereAnswer> {
  const rows = await client.inventory.byCodesPerOutlet([code], { lane: 'interactive' });
  // Codes match without case in DealPOS (SQL Server collation).
  const row = rows.find((r) => r.code.toUpperCase() === code.toUpperCase());
  if (!row) return { kind: 'unknown-code', code };
  const isHere = (outlet: string) => here !== null && outlet.toLowerCase() === here.toLowerCase();
  const outlets = row.outlets.map((o) => ({ outlet: o.outlet, ...o.stock }));
  return {
    kind: 'stock',
    code: row.code,
    readAt: now(),
    here,
    // The counter's own outlet first: "do we have it here?" is the cashier's first question.
    outlets: [...outlets.filter((o) => isHere(o.outlet)), ...outlets.filter((o) => !isHere(o.outlet))],
  };
}
