import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { CatalogDb } from '../catalog/catalog-db.ts';
import type { ConnectState } from '../connect/connect-store.ts';
import type { FrameState } from '../frame/frame-store.ts';
import { ApprovalProvider } from '../manager/approval-context.tsx';
import type { OutletChangeState } from '../settings/outlet-change-store.ts';
import type { AppStores } from './app-stores.ts';
import type { SessionState } from './session-store.ts';

const StoresContext = createContext<AppStores | null>(null);

export function StoresProvider({ stores, children }: { stores: AppStores; children?: ReactNode }) {
  return (
    <StoresContext value={stores}>
      <ApprovalProvider store={stores.approval}>{children}</ApprovalProvider>
    </StoresContext>
  );
}

function useStores(): AppStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('StoresProvider is missing above this component');
  return stores;
}

/** The app's one catalog database, for whoever reads or writes the catalog on this PC. */
export function useCatalogDb(): CatalogDb {
  return useStores().catalogDb;
}

export function useSession<T>(selector: (state: SessionState) => T): T {
  return useStore(useStores().session, selector);
}

export function useConnect<T>(selector: (state: ConnectState) => T): T {
  return useStore(useStores().connect, selector);
}

export function useFrame<T>(selector: (state: FrameState) => T): T {
  return useStore(useStores().frame, selector);
}

export function useOutletChange<T>(selector: (state: OutletChangeState) => T): T {
  return useStore(useStores().outletChange, selector);
}
