import type { DealposBridge, IpcError, IpcResult } from '../bridge/contract.ts';
import type { CatalogRemote } from './catalog-sync.ts';

/** A failed IPC call, carrying main's error (its kind decides what the screen says). */
export class BridgeError extends Error {
  readonly error: IpcError;
  constructor(error: IpcError) {
    super(error.message);
    this.error = error;
  }
}

export const unwrap = <T>(result: IpcResult<T>): T => {
  if (!result.ok) throw new BridgeError(result.error);
  return result.value;
};

/** The catalog sync's remote over the preload bridge. */
export function bridgeRemote(bridge: Pick<DealposBridge, 'invoke'>): CatalogRemote {
  return {
    products: async (pageNumber, pageSize) =>
      unwrap(await bridge.invoke('catalog:products-page', { pageNumber, pageSize })),
    page: async (category, pageNumber, pageSize) =>
      unwrap(await bridge.invoke('catalog:page', { category, pageNumber, pageSize })),
    categories: async () => unwrap(await bridge.invoke('catalog:categories')),
  };
}
