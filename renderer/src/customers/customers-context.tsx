import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { CustomersState, CustomersStore } from './customers-store.ts';

const CustomersContext = createContext<CustomersStore | null>(null);

export function CustomersProvider({ store, children }: { store: CustomersStore; children: ReactNode }) {
  return <CustomersContext value={store}>{children}</CustomersContext>;
}

/** A slice of the Customers screen's store. */
export function useCustomers<T>(selector: (state: CustomersState) => T): T {
  const store = useContext(CustomersContext);
  if (!store) throw new Error('CustomersProvider is missing above this component');
  return useStore(store, selector);
}
