import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  CatalogItem,
  DealposBridge,
  IpcError,
  IpcResult,
  StockEverywhereAnswer,
} from '../bridge/contract.ts';
// Brings the interface below into every program that builds this store.
import type {} from '../stores/app-stores.ts';
import { BridgeError, bridgeRemote } from './bridge-remote.ts';
import type { CatalogDb } from './catalog-db.ts';
import { putItem } from './catalog-item-writes.ts';
import { CatalogLookup } from './catalog-lookup.ts';
import { CatalogSync, type SyncStatus } from './catalog-sync.ts';
import { giveWayTo } from './give-way.ts';

export interface CatalogState {
  /** Items in the generation that answers scans (0 when there is none). */
  count: number;
  completedAt: number | null;
  /** A sync was started and has not finished (it resumes). */
  unfinished: boolean;
  syncing: boolean;
  status: SyncStatus | null;
  problem: { kind: 'mismatch' } | { kind: 'failed'; error: IpcError } | null;
}

export interface CatalogActions {
  /** Reads what the database holds (at start-up). */
  load(): Promise<void>;
  /** Downloads (or resumes) the catalog; does nothing while one runs. */
  sync(): Promise<void>;
  find(code: string): Promise<CatalogItem | undefined>;
  /**
   * A scan's first key came (its Enter and lookup follow within ~50 ms): a running sync holds its
   * next page and write from now, and what it already has under way ends before the lookup.
   */
  scanComing(): void;
  /** One lookup of a code the catalog holds, while the screen is idle: the first scan is not the first lookup. */
  warmUp(): Promise<void>;
  /** Asks DealPOS for one code and keeps the answer in the catalog (null: DealPOS has no such code). */
  lookupOnline(code: string): Promise<IpcResult<CatalogItem | null>>;
  /** Asks DealPOS (once, at the counter's priority) for the item's stock in every outlet. */
  stockEverywhere(code: string): Promise<IpcResult<StockEverywhereAnswer>>;
}

// The sync engine stops by throwing (its remote's BridgeError carries main's error): the one
// place an exception becomes an IpcError again; every other catalog call answers an IpcResult.
const failure = (error: unknown): IpcError =>
  error instanceof BridgeError
    ? error.error
    : { kind: 'internal', message: String((error as Error)?.message ?? error) };

/**
 * The catalog on this PC, for the scan screen: one lookup and one sync at a time over the app's
 * one database (app-stores.ts opens it; a second open would be a second Dexie on the same data).
 */
export function createCatalogStore(bridge: DealposBridge, db: CatalogDb): CatalogStore {
  const lookup = new CatalogLookup(db);
  // A sync waits for a pause in the scans before each page: ~one scan's gap at a busy counter.
  const giveWay = giveWayTo({ quietMs: 400, maxWaitMs: 3000 });
  // The sync that runs, if any: a lookup also holds the page it is writing (catalog-sync.ts).
  let running: CatalogSync | null = null;
  return createStore<CatalogState & CatalogActions>()((set, get) => ({
    count: 0,
    completedAt: null,
    unfinished: false,
    syncing: false,
    status: null,
    problem: null,

    async load() {
      const [active, progress] = await Promise.all([db.active(), db.progress()]);
      set({
        count: active?.count ?? 0,
        completedAt: active?.completedAt ?? null,
        unfinished: progress !== undefined || active?.needsRefresh === true,
      });
    },

    async sync() {
      if (get().syncing) return;
      set({ syncing: true, problem: null, unfinished: true });
      try {
        running = new CatalogSync(db, bridgeRemote(bridge), {
          onStatus: (status) => set({ status }),
          onSwitch: (slot) => lookup.setSlot(slot),
          giveWay: giveWay.wait,
        });
        const outcome = await running.run();
        if (outcome.kind === 'mismatch') set({ problem: { kind: 'mismatch' }, unfinished: false });
        else set({ count: outcome.count, completedAt: Date.now(), unfinished: false });
      } catch (error) {
        set({ problem: { kind: 'failed', error: failure(error) } });
      } finally {
        running = null;
        set({ syncing: false, status: null });
      }
    },

    find: (code) => {
      get().scanComing();
      return lookup.find(code).finally(() => {
        giveWay.noteAnswered();
        running?.answered();
      });
    },

    scanComing: () => {
      giveWay.noteForeground();
      running?.foreground();
    },

    warmUp: () => lookup.warmUp(),

    stockEverywhere: (code) => bridge.invoke('catalog:stock-everywhere', { code }),

    async lookupOnline(code) {
      const result = await bridge.invoke('catalog:lookup', { code });
      const active = await db.active();
      if (result.ok && result.value && active) {
        await putItem(db, active.slot, result.value);
        set({ count: await db.itemCount(active.slot) });
      }
      return result;
    },
  }));
}

export type CatalogStore = StoreApi<CatalogState & CatalogActions>;

// The app builds this store once (app/app-stores.ts); components read it with useAppStore.
declare module '../stores/app-stores.ts' {
  interface AppStores {
    /** The catalog on this PC (IndexedDB), opened once: the scan screen, its sync and the back office share it. */
    catalogDb: CatalogDb;
    catalog: CatalogStore;
  }
}
