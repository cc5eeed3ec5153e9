import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ConnectionView, DealposBridge, IpcError, Outlet } from '../bridge/contract.ts';
// Brings the interface below into every program that builds this store.
import type {} from '../stores/app-stores.ts';

export interface OutletChangeState {
  open: boolean;
  busy: 'loading' | 'saving' | null;
  outlets: Outlet[];
  outletId: string | null;
  error: IpcError | null;

  /** Opens the dialog and asks DealPOS for the outlets (one request of the quota). */
  start(currentOutletId: string | null): Promise<void>;
  choose(outletId: string): void;
  save(): Promise<void>;
  close(): void;
}

export type OutletChangeStore = StoreApi<OutletChangeState>;

/** Settings' "Change outlet": the outlets of the connected account, then chooseOutlet. */
export function createOutletChangeStore(
  bridge: DealposBridge,
  options: { onChanged(view: ConnectionView): void },
): OutletChangeStore {
  return createStore<OutletChangeState>()((set, get) => ({
    open: false,
    busy: null,
    outlets: [],
    outletId: null,
    error: null,

    async start(currentOutletId) {
      set({ open: true, busy: 'loading', outlets: [], outletId: currentOutletId, error: null });
      const result = await bridge.invoke('outlets:list');
      if (!get().open) return;
      if (!result.ok) {
        set({ busy: null, error: result.error });
        return;
      }
      set({ busy: null, outlets: result.value.filter((outlet) => !outlet.suspended) });
    },

    choose: (outletId) => set({ outletId, error: null }),

    async save() {
      const { busy, outlets, outletId } = get();
      const outlet = outlets.find((candidate) => candidate.id === outletId);
      if (busy || !outlet) return;
      set({ busy: 'saving', error: null });
      const result = await bridge.invoke('connection:choose-outlet', {
        outletId: outlet.id,
        outletName: outlet.name,
      });
      if (!result.ok) {
        set({ busy: null, error: result.error });
        return;
      }
      set({ open: false, busy: null });
      options.onChanged(result.value);
    },

    close: () => set({ open: false, busy: null, error: null }),
  }));
}

// The app builds this store once (app/app-stores.ts); components read it with useAppStore.
declare module '../stores/app-stores.ts' {
  interface AppStores {
    outletChange: OutletChangeStore;
  }
}
