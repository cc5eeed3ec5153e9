import { createContext, type ReactNode, useContext, useState } from 'react';
import { useStore } from 'zustand';
import type { DealposBridge } from '../../../main/app-contract.ts';
import { useCatalogDb } from '../app/stores-context.tsx';
import { type CatalogState, type CatalogStore, createCatalogStore } from './catalog-store.ts';
import { useScannerSettings } from './scanner-settings-store.ts';
import { useCatalogRefresh } from './use-catalog-refresh.ts';

const CatalogContext = createContext<CatalogStore | null>(null);

/**
 * One catalog store for the app (one IndexedDB, one sync at a time), with the scheduled refresh,
 * which runs whichever screen is open.
 */
export function CatalogProvider({ bridge, children }: { bridge: () => DealposBridge; children: ReactNode }) {
  const db = useCatalogDb();
  const [store] = useState(() => createCatalogStore(bridge, db));
  const refreshEveryHours = useScannerSettings((s) => s.refreshEveryHours);
  useCatalogRefresh(store, bridge, refreshEveryHours);
  return <CatalogContext.Provider value={store}>{children}</CatalogContext.Provider>;
}

export function useCatalogStore(): CatalogStore {
  const store = useContext(CatalogContext);
  if (!store) throw new Error('useCatalogStore needs a CatalogProvider');
  return store;
}

export function useCatalog<T>(select: (state: CatalogState & ReturnType<CatalogStore['getState']>) => T): T {
  return useStore(useCatalogStore(), select);
}
