import type { i18n } from 'i18next';
import type { ConnectionView, DealposBridge } from '../bridge/contract.ts';
import { CatalogDb } from '../catalog/catalog-db.ts';
import { type ConnectStore, createConnectStore } from '../connect/connect-store.ts';
import { createFrameStore, type FrameStore } from '../frame/frame-store.ts';
import { applyLanguage } from '../i18n/i18n.ts';
import { type ApprovalStore, createApprovalStore } from '../manager/approval-store.ts';
import { createOutletChangeStore, type OutletChangeStore } from '../settings/outlet-change-store.ts';
import { createSessionStore, type SessionStore } from './session-store.ts';

export interface AppStores {
  session: SessionStore;
  connect: ConnectStore;
  frame: FrameStore;
  outletChange: OutletChangeStore;
  /** The one manager dialog every guarded action asks through. */
  approval: ApprovalStore;
  /** The catalog on this PC (IndexedDB), opened once: the scan screen, its sync and the back office share it. */
  catalogDb: CatalogDb;
}

/** Every store of the page, wired to one bridge and one i18next instance. */
export function createAppStores(bridge: DealposBridge, i18nInstance: i18n): AppStores {
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
  return {
    session,
    connect,
    frame: createFrameStore(),
    outletChange: createOutletChangeStore(bridge, { onChanged: connected }),
    approval: createApprovalStore(bridge),
    catalogDb: new CatalogDb(),
  };
}
