import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CatalogItem, IpcError } from '../bridge/contract.ts';
// Brings the interface below into every program that builds this store.
import type {} from '../stores/app-stores.ts';

export interface ScanLine {
  item: CatalogItem;
  count: number;
  /** When the item was first scanned this session, and last: the list keeps its rows in the
   *  first order and shows them in the last (scan-list.tsx). Counted in scans, not ms. */
  firstScan?: number;
  lastScan?: number;
}

/** What the big panel shows after the last scan. */
export type LastScan =
  | { kind: 'idle' }
  | { kind: 'found'; item: CatalogItem; online: boolean }
  | { kind: 'not-found'; code: string; online: 'not-asked' | 'asking' | 'unknown' | { error: IpcError } }
  | { kind: 'rejected'; reason: 'too-long' | 'invalid-characters' };

export interface ScanState {
  last: LastScan;
  /** Scans of this session, newest first, one line per item with its count. */
  lines: ScanLine[];
  /** Increases with every scan, so the panel shows a new scan even of the same item (its ring lights again). */
  serial: number;
  /** Items added this session (each scan of a known item). */
  scans: number;
  show(last: LastScan): void;
  add(item: CatalogItem): void;
  clear(): void;
}

export type ScanStore = StoreApi<ScanState>;

/** The scans of this session: they outlive a trip to another tab, not the page. */
export function createScanStore(): ScanStore {
  return createStore<ScanState>()((set) => ({
    last: { kind: 'idle' },
    lines: [],
    serial: 0,
    scans: 0,
    show: (last) => set((state) => ({ last, serial: state.serial + 1 })),
    add: (item) =>
      set((state) => {
        const existing = state.lines.find((line) => line.item.id === item.id);
        const rest = state.lines.filter((line) => line.item.id !== item.id);
        const scan = state.scans + 1;
        const line = {
          item,
          count: (existing?.count ?? 0) + 1,
          firstScan: existing?.firstScan ?? scan,
          lastScan: scan,
        };
        return { lines: [line, ...rest], scans: scan };
      }),
    clear: () => set({ lines: [], last: { kind: 'idle' } }),
  }));
}

// The app builds this store once (app/app-stores.ts); components read it with useAppStore.
declare module '../stores/app-stores.ts' {
  interface AppStores {
    scans: ScanStore;
  }
}
