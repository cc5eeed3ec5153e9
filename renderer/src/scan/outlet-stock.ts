import type { IpcError, IpcResult, StockEverywhereAnswer } from '../bridge/contract.ts';

/** Where the "Stock in every outlet" question stands for the item on screen. */
export type OutletStockState =
  | { kind: 'idle' }
  | { kind: 'asking' }
  | { kind: 'answered'; answer: StockEverywhereAnswer }
  /** No network on this computer: nothing was sent. */
  | { kind: 'offline' }
  | { kind: 'failed'; error: IpcError };

/**
 * Asks once, unless this computer has no network at all (then it sends nothing and says so).
 * `isOnline` is the browser's `navigator.onLine`: false only when no network is up.
 */
export async function askOutletStock(
  code: string,
  ask: (code: string) => Promise<IpcResult<StockEverywhereAnswer>>,
  isOnline: () => boolean,
): Promise<OutletStockState> {
  if (!isOnline()) return { kind: 'offline' };
  const result = await ask(code);
  return result.ok ? { kind: 'answered', answer: result.value } : { kind: 'failed', error: result.error };
}
