import { create } from 'zustand';
import type { CatalogItem, IpcError } from '../../../main/app-contract.ts';

export interface ScanLine {
  item: CatalogItem;
  count: number;
}

/** What the big panel shows after the last scan. */
export type LastScan =
  | { kind: 'idle' }
  | { kind: 'found'; item: CatalogItem; online: boolean }
  | { kind: 'not-found'; code: string; online: 'not-asked' | 'asking' | 'unknown' | { error: IpcError } }
  | { kind: 'rejected'; reason: 'too-long' | 'invalid-characters' };

interface ScanState {
  last: LastScan;
  /** Scans of this session, newest first, one line per item with its count. */
  lines: ScanLine[];
  /** Increases with every scan, so the view can flash even when the same item is scanned twice. */
  serial: number;
  show(last: LastScan): void;
  add(item: CatalogItem): void;
  clear(): void;
}

export const useScans = create<ScanState>()((set) => ({
  last: { kind: 'idle' },
  lines: [],
  serial: 0,
  show: (last) => set((state) => ({ last, serial: state.serial + 1 })),
  add: (item) =>
    set((state) => {
      const existing = state.lines.find((line) => line.item.id === item.id);
      const rest = state.lines.filter((line) => line.item.id !== item.id);
      return { lines: [{ item, count: (existing?.count ?? 0) + 1 }, ...rest] };
    }),
  clear: () => set({ lines: [], last: { kind: 'idle' } }),
}));
