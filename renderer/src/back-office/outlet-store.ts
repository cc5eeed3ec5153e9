import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DealposBridge, IpcError, Outlet } from './contract.ts';

export interface OutletState {
  outlets: Outlet[] | null;
  /** The outlet invoices and orders are looked for in: this counter's, until someone picks another. */
  chosen: string | null;
  error: IpcError | null;
  /** Lists the outlets once (one request), choosing `counterOutlet` when nothing is chosen yet. */
  load(counterOutlet: string | null): Promise<void>;
  choose(name: string): void;
}

export type OutletStore = StoreApi<OutletState>;

export function createOutletStore(bridge: DealposBridge): OutletStore {
  let loading: Promise<void> | null = null;
  return createStore<OutletState>()((set, get) => ({
    outlets: null,
    chosen: null,
    error: null,
    load(counterOutlet) {
      if (get().chosen === null && counterOutlet) set({ chosen: counterOutlet });
      if (get().outlets) return Promise.resolve();
      loading ??= (async () => {
        const answer = await bridge.invoke('outlets:list');
        loading = null;
        if (!answer.ok) {
          set({ error: answer.error });
          return;
        }
        const first = answer.value[0]?.name ?? null;
        set({ outlets: answer.value, error: null, chosen: get().chosen ?? first });
      })();
      return loading;
    },
    choose: (name) => set({ chosen: name }),
  }));
}
