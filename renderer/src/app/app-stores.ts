import type { i18n } from 'i18next';
import { createBackOfficeStores } from '../back-office/back-office-stores.ts';
import { dexieCatalogCache } from '../back-office/dexie-catalog-cache.ts';
import type { ConnectionView, DealposBridge } from '../bridge/contract.ts';
import { CatalogDb } from '../catalog/catalog-db.ts';
import { createCatalogStore } from '../catalog/catalog-store.ts';
import { createConnectStore } from '../connect/connect-store.ts';
import { createCustomersStore } from '../customers/customers-store.ts';
import { applyLanguage } from '../i18n/i18n.ts';
import type { CatalogFinder } from '../labels/labels-state.ts';
import { createLabelsStore } from '../labels/labels-store.ts';
import { createApprovalStore } from '../manager/approval-store.ts';
import { dexieCountSaver, ReceiveDb } from '../receive/receive-db.ts';
import { createReceiveStore, type ReceiveStore } from '../receive/receive-store.ts';
import { createScanStore } from '../scan/scan-store.ts';
import { createScannerSettingsStore } from '../scanner/scanner-settings-store.ts';
import { createFrameStore } from '../session/frame-store.ts';
import { createSessionStore } from '../session/session-store.ts';
import { createOutletChangeStore } from '../settings/outlet-change-store.ts';
import type { AppStores } from '../stores/app-stores.ts';

export type { AppStores } from '../stores/app-stores.ts';

export interface AppStoresOptions {
  /** The catalog database; by default the app's own `dealpos-catalog`. */
  catalogDb?: CatalogDb;
  /** Where the labels screen reads selling prices; by default the catalog on this PC. */
  labelsCatalog?: CatalogFinder | null;
  /** Today's date for labels (YYYY-MM-DD); by default the clock's. */
  today?: () => string;
}

/**
 * While a count of received goods is open, main holds back an update's restart (issue #16:
 * never in the middle of a count). A page that starts again (a reload after a crash) clears
 * a mark its earlier self left: every count starts closed.
 */
function countTellsUpdates(bridge: DealposBridge, store: ReceiveStore): ReceiveStore {
  const tell = (busy: boolean) =>
    void bridge.invoke('updates:set-busy', { reason: 'receive', busy }).catch(() => undefined);
  tell(false);
  store.subscribe((state, before) => {
    const open = state.phase !== 'closed';
    if (open !== (before.phase !== 'closed')) tell(open);
  });
  return store;
}

/**
 * Every long-lived store of the page, built once at page start and wired to one bridge, one
 * i18next instance and one catalog database. Components read them with `useAppStore`.
 */
export function createAppStores(
  bridge: DealposBridge,
  i18nInstance: i18n,
  options: AppStoresOptions = {},
): AppStores {
  const session = createSessionStore(bridge, {
    applyLanguage: (language) => applyLanguage(i18nInstance, language),
  });
  const connected = (view: ConnectionView) => session.getState().applyConnection(view);
  const connect = createConnectStore(bridge, { onConnected: connected });
  // Saved in an earlier run but closed before the outlet was chosen: carry on from the outlet.
  session.subscribe((state, previous) => {
    const { mode, outlet } = state.connection;
    if (state.phase === 'ready' && previous.phase !== 'ready' && mode === 'live' && outlet === null) {
      void connect.getState().resumeSaved();
    }
  });
  const catalogDb = options.catalogDb ?? new CatalogDb();
  const catalog = createCatalogStore(bridge, catalogDb);
  const find = (code: string) => catalog.getState().find(code);
  return {
    session,
    connect,
    frame: createFrameStore(),
    outletChange: createOutletChangeStore(bridge, { onChanged: connected }),
    approval: createApprovalStore(bridge),
    catalogDb,
    catalog,
    scans: createScanStore(),
    scannerSettings: createScannerSettingsStore(),
    // The label job's selling prices come from the catalog on this PC.
    labels: createLabelsStore({
      bridge,
      catalog: options.labelsCatalog === undefined ? { find } : options.labelsCatalog,
      ...(options.today ? { today: options.today } : {}),
    }),
    customers: createCustomersStore(bridge),
    // Counts of received goods: saved in their own IndexedDB, names from the same catalog.
    receive: countTellsUpdates(
      bridge,
      createReceiveStore({
        saver: dexieCountSaver(new ReceiveDb()),
        catalog: { find, lookupOnline: (code) => catalog.getState().lookupOnline(code) },
      }),
    ),
    // The back office's catalog: the same database, and the scan screen's lookup so both agree on a code.
    ...createBackOfficeStores(bridge, dexieCatalogCache(catalogDb, find)),
  };
}
