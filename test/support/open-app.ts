import type { DealposBridge, IpcResult, SecretProtection } from '../../main/app-contract.ts';
import { type AppServices, createAppServices } from '../../main/app-services.ts';
import type { DemoStore } from '../../main/connection/connection-service.ts';
import type { PhotoFetchOptions } from '../../main/customers/customer-photo.ts';
import type { PrinterPort } from '../../main/labels/printer-port.ts';
import { memoryBacking, type SettingsBacking } from '../../main/settings/settings-repository.ts';
import type { RunningSimulator } from '../../main/simulator/index.ts';
import { buildBridge } from '../../preload/bridge.ts';
import { appBridgeNames } from '../../preload/bridge-names.ts';
import { testApproval } from './manager-approval.ts';
import { type StandInVault, standInVault } from './stand-in-vault.ts';

/** The address of the app's own page: the one sender main trusts. */
export const appPageUrl = 'app://dealpos/index.html';

/** What survives a restart of the app: the feature stores (electron-store files in the app). */
export type FeatureStores = Map<string, SettingsBacking<unknown>>;

/** One message over the IPC border, as Electron would carry it. */
export interface IpcMessage {
  direction: 'to-main' | 'to-page';
  channel: string;
  payload: unknown;
}

export interface OpenAppOptions {
  /** The DealPOS the app starts connected to: saved, the test passcode set, the first outlet chosen. */
  simulator?: RunningSimulator;
  /** Which of the simulator's API users connects (default `full`). */
  credentials?: 'full' | 'limited' | 'productsOnly';
  /** Set the counter to the simulator's first outlet once connected (default true). */
  chooseOutlet?: boolean;
  /** A clock the test moves; `now` is epoch ms. */
  clock?: { now: number };
  /** The feature stores; pass an earlier app's to play a restart. */
  stores?: FeatureStores;
  /** The desktop's printing side (by default every print answers that it needs the desktop app). */
  printer?: PrinterPort;
  /** The printing side of the discrepancy report's page (default: needs the desktop app). */
  reportPrinter?: PrinterPort;
  /** A stand-in for the internet a customer photo comes from. */
  photos?: PhotoFetchOptions;
  /** Keep every IPC message both ways, events included, in `messages`. */
  record?: boolean;
  /** The page's address; only a sender from its origin is trusted (default the app:// page). */
  pageUrl?: string;
  /** Settings as if saved by an earlier run. */
  settings?: unknown;
  /** What the stand-in vault says the OS offers (default `os`). */
  protection?: SecretProtection;
  /** What Electron's app.getLocale() would say (default "en-US"). */
  osLocale?: string;
  version?: string;
  /** The demo store "Try the demo" starts (default: none, a test that presses it fails). */
  startDemo?: () => Promise<DemoStore>;
  /** More simulators the connect form may name (the given `simulator` always may). */
  localStores?: readonly string[];
}

export interface OpenApp {
  services: AppServices;
  /** `window.dealpos` as the preload builds it, over the dispatcher, structured clone both ways. */
  bridge: DealposBridge;
  /** One call by channel name from the app's page, the way any script in it could make it. */
  invoke(channel: string, input?: unknown): Promise<IpcResult<unknown>>;
  /** The settings file as main last wrote it (`current`). */
  settings: ReturnType<typeof memoryBacking>;
  vault: StandInVault;
  stores: FeatureStores;
  /** Everything main logged: one JSON line per DealPOS request, the app log, internal errors. */
  logs: string[];
  /** The app log alone (main/index.ts writes it to a file). */
  appLog: string[];
  /** With `record`: every IPC message both ways, in order. */
  messages: IpcMessage[];
  /** The name of the outlet the counter was set to (throws when none was). */
  readonly outlet: string;
  close(): Promise<void>;
}

/**
 * The app's main process minus Electron (its binary and safeStorage cannot run here): the real
 * services from `createAppServices` (the dispatcher's sender check and zod, every handler, the
 * manager guard) over memory stores, a stand-in vault and, when given, the simulator. Node
 * suites drive `bridge`; the Chromium harness (test/e2e/harness/app-under-test.ts) puts the
 * same services behind a page.
 */
export async function openApp(options: OpenAppOptions = {}): Promise<OpenApp> {
  const sim = options.simulator;
  const pageUrl = options.pageUrl ?? appPageUrl;
  const pageOrigin = new URL(pageUrl).origin;
  const logs: string[] = [];
  const appLog: string[] = [];
  const messages: IpcMessage[] = [];
  const stores: FeatureStores = options.stores ?? new Map();
  const settings = memoryBacking(options.settings ?? {});
  const vault = standInVault(options.protection ?? 'os');
  const localStores = [...(sim ? [sim.baseUrl] : []), ...(options.localStores ?? [])];
  const services = await createAppServices({
    settingsBacking: settings,
    vault,
    startDemo:
      options.startDemo ??
      (async () => {
        throw new Error('no demo in this test');
      }),
    // What main's guard does with a frame's URL: only our own page, only its top frame.
    isTrustedSender: (url) => url !== undefined && URL.canParse(url) && new URL(url).origin === pageOrigin,
    version: options.version ?? 'test',
    osLocale: options.osLocale ?? 'en-US',
    ...(localStores.length > 0 ? { localStores } : {}),
    log: (line) => logs.push(JSON.stringify(line)),
    appLog: (message) => {
      logs.push(message);
      appLog.push(message);
    },
    onInternalError: (channel, error) => logs.push(`internal error on ${channel}: ${String(error)}`),
    ...(options.clock ? { now: () => options.clock?.now ?? Date.now() } : {}),
    openStore: (name) => {
      let store = stores.get(name);
      if (!store) {
        store = memoryBacking<unknown>(undefined);
        stores.set(name, store);
      }
      return store;
    },
    ...(options.printer ? { printer: options.printer } : {}),
    ...(options.reportPrinter ? { reportPrinter: options.reportPrinter } : {}),
    ...(options.photos ? { photos: options.photos } : {}),
  });
  const record = (message: IpcMessage) => {
    if (options.record) messages.push(message);
  };
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const stopEvents = services.onEvent((event, payload) => {
    record({ direction: 'to-page', channel: event, payload });
    for (const listener of listeners.get(event) ?? []) listener(structuredClone(payload));
  });
  // Structured clone both ways, as Electron's IPC copies what crosses.
  const invoke = async (channel: string, input?: unknown) => {
    record({ direction: 'to-main', channel, payload: structuredClone(input) });
    const result = structuredClone(await services.dispatch(channel, pageUrl, structuredClone(input)));
    record({ direction: 'to-page', channel, payload: result });
    return result;
  };
  const bridge = buildBridge(appBridgeNames, invoke, (event, listener) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  });
  let outlet: string | null = null;
  const app: OpenApp = {
    services,
    bridge,
    invoke,
    settings,
    vault,
    stores,
    logs,
    appLog,
    messages,
    get outlet() {
      if (outlet === null) throw new Error('this app was set to no outlet');
      return outlet;
    },
    close: async () => {
      stopEvents();
      await services.close();
    },
  };
  if (sim) outlet = await connect(app, sim, options);
  return app;
}

/** What the connect screen does: save the store, set the manager passcode (once), pick the outlet. */
async function connect(app: OpenApp, sim: RunningSimulator, options: OpenAppOptions): Promise<string | null> {
  const credentials = options.credentials ?? 'full';
  ok(await app.invoke('connection:save', { host: sim.baseUrl, ...sim.credentials[credentials] }));
  const status = ok(await app.invoke('manager:status')) as { passcodeSet: boolean };
  if (!status.passcodeSet) ok(await app.invoke('manager:set-passcode', { next: testApproval.passcode }));
  if (options.chooseOutlet === false) return null;
  const [first] = sim.controls.fixtures().outlets;
  if (!first) throw new Error('the simulator has no outlet');
  const chosen = await app.invoke('connection:choose-outlet', { outletId: first.ID, outletName: first.Name });
  // productsOnly may not list outlets; the suites that connect with it need none.
  if (!chosen.ok && credentials !== 'productsOnly') throw new Error(chosen.error.message);
  return first.Name;
}

/** Unwraps an answer the test expects to succeed. */
export function ok<T>(answer: IpcResult<T>): T {
  if (!answer.ok) throw new Error(`expected success, got: ${answer.error.message}`);
  return answer.value;
}
