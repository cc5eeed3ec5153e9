import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  AppInfo,
  Approval,
  ConnectionView,
  DealposBridge,
  GovernorState,
  IpcError,
  Language,
} from '../bridge/contract.ts';
import { chooseLanguage } from '../i18n/choose-language.ts';
// Brings the interface below into every program that builds this store.
import type {} from '../stores/app-stores.ts';

/** Before main has answered: not connected, as main itself starts. */
export const noConnection: ConnectionView = {
  mode: 'none',
  host: null,
  clientId: null,
  secretSet: false,
  outlet: null,
  online: true,
};

export interface SessionState {
  phase: 'loading' | 'ready' | 'failed';
  startError: IpcError | null;
  appInfo: AppInfo | null;
  connection: ConnectionView;
  language: Language;
  /** The request governor of the connected account; null while not connected. */
  quota: GovernorState | null;
  /** Which of the two first screens is up while not connected. */
  welcomeChoice: 'welcome' | 'connect';
  demoStarting: boolean;
  demoError: IpcError | null;

  /** Loads what main knows and listens to its events. Call once, at page start; again after a failure. */
  start(): Promise<void>;
  /** Switches the texts at once and saves the choice; answers the save's error, if any. */
  setLanguage(language: Language): Promise<IpcError | null>;
  openConnect(): void;
  backToWelcome(): void;
  startDemo(): Promise<void>;
  /**
   * Forgets the connection (and, live, its secret); answers the error, if any. A working live
   * connection needs a manager's approval; the demo does not.
   */
  disconnect(approval?: Approval): Promise<IpcError | null>;
  /** A newer connection view from main (an answer or an event). */
  applyConnection(view: ConnectionView): void;
}

export interface SessionOptions {
  /** Makes the page speak `language` (i18next and the document's lang). */
  applyLanguage(language: Language): void | Promise<void>;
}

export type SessionStore = StoreApi<SessionState>;

/** The page's view of the main process: connection, language, quota. */
export function createSessionStore(bridge: DealposBridge, options: SessionOptions): SessionStore {
  let unsubscribe: (() => void) | null = null;

  return createStore<SessionState>()((set, get) => {
    const refreshQuota = async () => {
      const result = await bridge.invoke('quota:get');
      // not-connected here only means the connection went away meanwhile; the next event says so.
      if (result.ok && get().connection.mode !== 'none') set({ quota: result.value });
    };

    const listen = () => {
      if (unsubscribe) return;
      const offConnection = bridge.on('connection:changed', (view) => get().applyConnection(view));
      const offQuota = bridge.on('quota:changed', (state) => {
        if (get().connection.mode !== 'none') set({ quota: state });
      });
      unsubscribe = () => {
        offConnection();
        offQuota();
      };
    };

    return {
      phase: 'loading',
      startError: null,
      appInfo: null,
      connection: noConnection,
      language: 'en',
      quota: null,
      welcomeChoice: 'welcome',
      demoStarting: false,
      demoError: null,

      async start() {
        set({ phase: 'loading', startError: null });
        listen();
        const [info, settings, connection] = await Promise.all([
          bridge.invoke('app:info'),
          bridge.invoke('settings:get'),
          bridge.invoke('connection:get'),
        ]);
        const failed = [info, settings, connection].find((result) => !result.ok);
        if (failed && !failed.ok) {
          set({ phase: 'failed', startError: failed.error });
          return;
        }
        if (!info.ok || !settings.ok || !connection.ok) return;
        const language = chooseLanguage(settings.value.language, info.value.osLocale);
        await options.applyLanguage(language);
        get().applyConnection(connection.value);
        set({ phase: 'ready', appInfo: info.value, language });
      },

      async setLanguage(language) {
        set({ language });
        await options.applyLanguage(language);
        const result = await bridge.invoke('settings:set-language', { language });
        // The texts stay switched for this session even if the choice could not be saved.
        return result.ok ? null : result.error;
      },

      openConnect: () => set({ welcomeChoice: 'connect', demoError: null }),
      backToWelcome: () => set({ welcomeChoice: 'welcome' }),

      async startDemo() {
        if (get().demoStarting) return;
        set({ demoStarting: true, demoError: null });
        const result = await bridge.invoke('connection:start-demo');
        if (result.ok) get().applyConnection(result.value);
        set({ demoStarting: false, demoError: result.ok ? null : result.error });
      },

      async disconnect(approval) {
        const result = await bridge.invoke('connection:disconnect', approval ? { approval } : undefined);
        if (!result.ok) return result.error;
        get().applyConnection(result.value);
        set({ welcomeChoice: 'welcome' });
        return null;
      },

      applyConnection(view) {
        const connected = view.mode !== 'none';
        set({ connection: view, ...(connected ? {} : { quota: null }) });
        if (connected) void refreshQuota();
      },
    };
  });
}

// The app builds this store once (app/app-stores.ts); components read it with useAppStore.
declare module '../stores/app-stores.ts' {
  interface AppStores {
    session: SessionStore;
  }
}
