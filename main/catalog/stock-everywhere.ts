import type { DealposClient } from '../dealpos/client.ts';
import type { StockEverywhereAnswer } from '../ipc/channels/catalog.ts';

/**
 * One item's stock in every outlet: one `Inventory/CodeArrayGroupByOutlet` request in the
 * interactive lane (a cashier is waiting; background syncs step aside). DealPOS leaves an
 * unknown code out of its answer, which reads as `unknown-code`.
 */
export async function stockEverywhere(
  client: DealposClient,
  code: string,
  now: () => number,
): Promise<StockEverywhereAnswer> {
  const rows = await client.inventory.byCodesPerOutlet([code], { lane: 'interactive' });
  // Codes match without case in DealPOS (SQL Server collation).
  const row = rows.find((r) => r.code.toUpperCase() === code.toUpperCase());
  if (!row) return { kind: 'unknown-code', code };
  return {
    kind: 'stock',
    code: row.code,
    readAt: now(),
    outlets: row.outlets.map((o) => ({ outlet: o.outlet, ...o.stock })),
  };
}
