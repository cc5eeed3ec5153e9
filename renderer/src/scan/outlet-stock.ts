import type { IpcError, StockEverywhereAnswer } from '../../../main/app-contract.ts';
import { BridgeError } from '../catalog/bridge-remote.ts';

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
  ask: (code: string) => Promise<StockEverywhereAnswer>,
  isOnline: () => boolean,
): Promise<OutletStockState> {
  if (!isOnline()) return { kind: 'offline' };
  try {
    return { kind: 'answered', answer: await ask(code) };
  } catch (error) {
    return {
      kind: 'failed',
      error: error instanceof BridgeError ? error.error : { kind: 'internal', message: String(error) },
    };
  }
}
