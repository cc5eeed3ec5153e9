import { createContext, type ReactNode, useContext } from 'react';
import { type StoreApi, useStore } from 'zustand';
import type { BackOfficeStores } from './back-office-stores.ts';

const BackOfficeContext = createContext<BackOfficeStores | null>(null);

export function BackOfficeProvider({ stores, children }: { stores: BackOfficeStores; children: ReactNode }) {
  return <BackOfficeContext value={stores}>{children}</BackOfficeContext>;
}

type StateOf<K extends keyof BackOfficeStores> = ReturnType<BackOfficeStores[K]['getState']>;

/** A slice of one of the screen's stores, e.g. `useBackOffice('invoices', (s) => s.open)`. */
export function useBackOffice<K extends keyof BackOfficeStores, T>(
  name: K,
  selector: (state: StateOf<K>) => T,
): T {
  const stores = useContext(BackOfficeContext);
  if (!stores) throw new Error('BackOfficeProvider is missing above this component');
  return useStore(stores[name] as unknown as StoreApi<StateOf<K>>, selector);
}
