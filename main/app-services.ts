import type { AppHandlers, EventChannel, EventPayloads } from './app-contract.ts';
import { createAppDispatcher, createHandlers } from './app-handlers.ts';
import { ConnectionService, type DemoStore } from './connection/connection-service.ts';
import type { PhotoFetchOptions } from './customers/customer-photo.ts';
import type { RequestLogLine } from './dealpos/http.ts';
import type { Dispatch } from './ipc/dispatch.ts';
import { desktopOnlyPrinterPort, type PrinterPort } from './labels/printer-port.ts';
import type { AppLogger } from './logging/app-logger.ts';
import { silentLogger } from './logging/silent-logger.ts';
import type { SecretVault } from './settings/secret-vault.ts';
import { memoryBacking, type SettingsBacking, SettingsRepository } from './settings/settings-repository.ts';
import { noSupportPort, type SupportPort } from './support/support-port.ts';
import { savedFeedUrl } from './updates/update-handlers.ts';
import { createUpdateScheduler } from './updates/update-scheduler.ts';
import { noUpdater, type UpdaterPort } from './updates/updater-port.ts';

/**
 * Everything the app gives `createAppServices`: the one place a dependency comes in. Features
 * get it, defaults filled in, as their `FeatureContext`.
 */
export interface AppServicesOptions {
  settingsBacking: SettingsBacking;
  vault: SecretVault;
  startDemo(): Promise<DemoStore>;
  isTrustedSender(senderUrl: string | undefined, channel: string): boolean;
  version: string;
  osLocale: string;
  log?(line: RequestLogLine): void;
  onInternalError?(channel: string, error: unknown): void;
  onRefusal?(channel: string, kind: 'untrusted-sender' | 'invalid-input'): void;
  /** The log file (main/logging); nothing is written when not given. */
  logger?: AppLogger;
  /** The support bundle's desktop side (system info, log files, the save dialog); none by default. */
  support?: SupportPort;
  /** electron-updater in the installed app (main/updates/electron-updater-port.ts); no updates by default. */
  updater?: UpdaterPort;
  /** Named JSON stores for features' own state (lockouts, audit log...); memory when not given. */
  openStore?(name: string): SettingsBacking<unknown>;
  /** Epoch ms; tests pass a fake clock. */
  now?(): number;
  /** The app log (messages carry no secrets). */
  appLog?(message: string): void;
  /** Tests only: wraps the handlers the dispatcher runs (the channel fuzz suite counts their calls). */
  observeHandlers?(handlers: AppHandlers): AppHandlers;
  /** Simulators on this PC the connect form may name besides DealPOS (tests; DEALPOS_SIM_URL in development). */
  localStores?: readonly string[];
  /** The desktop's printing side (print-window.ts in the app); by default every job answers `unavailable`. */
  printer?: PrinterPort;
  /** The same printing side on the discrepancy report's page (main/receive/report-route.ts). */
  reportPrinter?: PrinterPort;
  /** How customer photos are downloaded; the safe defaults when not given (tests stand in for the internet). */
  photos?: PhotoFetchOptions;
}

export interface AppServices {
  /** Every IPC call goes through this: sender check, payload check, handler. */
  dispatch: Dispatch;
  connection: ConnectionService;
  /** Subscribes to everything main pushes to the page; returns the unsubscribe function. */
  onEvent(send: <E extends EventChannel>(event: E, payload: EventPayloads[E]) => void): () => void;
  close(): Promise<void>;
}

/**
 * Everything the main process does, wired together without Electron: the app entry gives it
 * electron-store, safeStorage and ipcMain; the end-to-end harness gives it memory, a stand-in
 * vault and a Playwright binding. Both run these same handlers.
 */
export async function createAppServices(options: AppServicesOptions): Promise<AppServices> {
  const settings = new SettingsRepository(options.settingsBacking);
  const connection = new ConnectionService({
    settings,
    vault: options.vault,
    startDemo: options.startDemo,
    ...(options.log ? { log: options.log } : {}),
    ...(options.localStores ? { localStores: options.localStores } : {}),
  });
  await connection.restore();
  const now = options.now ?? (() => Date.now());
  const openStore = options.openStore ?? memoryStores();
  const appLog = options.appLog ?? (() => {});
  const updater = options.updater ?? noUpdater;
  // The admin's feed address, when one was saved, before the first check.
  updater.setFeedUrl(savedFeedUrl({ openStore }));
  const updates = createUpdateScheduler({ updater, now, log: appLog });
  updates.start();
  const handlers = createHandlers({
    connection,
    settings,
    vault: options.vault,
    version: options.version,
    osLocale: options.osLocale,
    now,
    openStore,
    log: appLog,
    printer: options.printer ?? desktopOnlyPrinterPort,
    reportPrinter: options.reportPrinter ?? desktopOnlyPrinterPort,
    photos: options.photos ?? {},
    logger: options.logger ?? silentLogger(),
    support: options.support ?? noSupportPort(options.version, options.osLocale),
    updates,
  });
  const dispatch = createAppDispatcher(options.observeHandlers?.(handlers) ?? handlers, {
    isTrustedSender: options.isTrustedSender,
    ...(options.onInternalError ? { onInternalError: options.onInternalError } : {}),
    ...(options.onRefusal ? { onRefusal: options.onRefusal } : {}),
  });
  return {
    dispatch,
    connection,
    onEvent(send) {
      const offChange = connection.onChange((view) => send('connection:changed', view));
      const offQuota = connection.onQuota((state) => send('quota:changed', state));
      return () => {
        offChange();
        offQuota();
      };
    },
    close: () => {
      updates.stop();
      return connection.close();
    },
  };
}

/** Stores held in memory, one per name, for as long as the services live. */
function memoryStores(): (name: string) => SettingsBacking<unknown> {
  const stores = new Map<string, SettingsBacking<unknown>>();
  return (name) => {
    let store = stores.get(name);
    if (!store) {
      store = memoryBacking<unknown>(undefined);
      stores.set(name, store);
    }
    return store;
  };
}
