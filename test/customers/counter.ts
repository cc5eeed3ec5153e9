import type { DealposBridge } from '../../main/app-contract.ts';
import { createAppServices } from '../../main/app-services.ts';
import type { PhotoFetchOptions } from '../../main/customers/customer-photo.ts';
import { memoryBacking, type SettingsBacking } from '../../main/settings/settings-repository.ts';
import type { RunningSimulator, SimFixtures } from '../../main/simulator/index.ts';
import { buildBridge } from '../../preload/bridge.ts';
import { appBridgeNames } from '../../preload/bridge-names.ts';
import { standInVault } from '../ipc/stand-in-vault.ts';
import { setTestPasscode } from '../support/manager-approval.ts';

const appUrl = 'app://dealpos/index.html';

/** One message over the IPC border, as Electron would carry it. */
export interface IpcMessage {
  direction: 'to-main' | 'to-page';
  channel: string;
  payload: unknown;
}

/** What survives a restart of the app: the feature stores (electron-store files in the app). */
export type FeatureStores = Map<string, SettingsBacking<unknown>>;

export interface CounterOptions {
  credentials?: 'full' | 'limited' | 'productsOnly';
  /** Shared between counters to play a restart. */
  stores?: FeatureStores;
  /** A clock the test moves; `now` is epoch ms. */
  clock?: { now: number };
  photos?: PhotoFetchOptions;
}

export interface Counter {
  bridge: DealposBridge;
  /** Every IPC message both ways, events included, in order. */
  messages: IpcMessage[];
  /** Everything main wrote to its log: the feature's lines and the DealPOS request lines. */
  logs: string[];
  stores: FeatureStores;
  close(): Promise<void>;
}

/**
 * The main process of one counter PC, minus Electron: the connection service, the real
 * handlers of every channel, the real dispatcher (sender check, zod), and `window.dealpos` as
 * the preload builds it, connected to the simulator. Like test/support/node-bridge.ts, but it
 * also records every message and log line, shares feature stores across "restarts", runs on a
 * clock the test moves, and lets the test stand in for the internet a photo would come from.
 */
export async function openCounter(sim: RunningSimulator, options: CounterOptions = {}): Promise<Counter> {
  const messages: IpcMessage[] = [];
  const logs: string[] = [];
  const stores: FeatureStores = options.stores ?? new Map();
  // The app's own services (createAppServices: the handlers of every channel with the manager's
  // approval guard, the dispatcher), given a stand-in for the internet's photo servers.
  const services = await createAppServices({
    settingsBacking: memoryBacking(),
    vault: standInVault(),
    startDemo: async () => {
      throw new Error('no demo in this test');
    },
    isTrustedSender: (url) => url === appUrl,
    version: 'test',
    osLocale: 'en-US',
    // The app writes these lines to its log (main/index.ts); every field is kept here.
    log: (line) => logs.push(JSON.stringify(line)),
    onInternalError: (channel, error) => logs.push(`internal error on ${channel}: ${String(error)}`),
    localStores: [sim.baseUrl],
    now: () => options.clock?.now ?? Date.now(),
    openStore: (name) => {
      let store = stores.get(name);
      if (!store) {
        store = memoryBacking<unknown>(undefined);
        stores.set(name, store);
      }
      return store;
    },
    appLog: (message) => logs.push(message),
    ...(options.photos ? { photos: options.photos } : {}),
  });
  const stopEvents = services.onEvent((channel, payload) =>
    messages.push({ direction: 'to-page', channel, payload }),
  );
  const bridge = buildBridge(
    appBridgeNames,
    async (channel, input) => {
      // Structured clone, as Electron's IPC copies what crosses.
      messages.push({ direction: 'to-main', channel, payload: structuredClone(input) });
      const result = await services.dispatch(channel, appUrl, input);
      messages.push({ direction: 'to-page', channel, payload: structuredClone(result) });
      return result;
    },
    () => () => {},
  );
  const saved = await bridge.invoke('connection:save', {
    host: sim.baseUrl,
    ...sim.credentials[options.credentials ?? 'full'],
  });
  if (!saved.ok) throw new Error(saved.error.message);
  await setTestPasscode(bridge);
  const [outlet] = (await simControl(sim).fixtures()).outlets;
  if (!outlet) throw new Error('the simulator has no outlet');
  const chosen = await bridge.invoke('connection:choose-outlet', {
    outletId: outlet.ID,
    outletName: outlet.Name,
  });
  if (!chosen.ok) throw new Error(chosen.error.message);
  return {
    bridge,
    messages,
    logs,
    stores,
    close: async () => {
      stopEvents();
      await services.close();
    },
  };
}

/** The simulator's test controls. */
export function simControl(sim: RunningSimulator) {
  const call = async (path: string, body?: unknown) => {
    const response = await fetch(`${sim.origin}/_sim/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      ...(body === undefined
        ? {}
        : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`/_sim/${path} answered ${response.status}`);
    return response.json() as Promise<unknown>;
  };
  return {
    fixtures: () => call('fixtures') as Promise<SimFixtures>,
    /** Requests DealPOS received per route, e.g. "GET customer/pin". */
    requests: async (route: string) =>
      ((await call('stats')) as { byRoute: Record<string, number> }).byRoute[route] ?? 0,
    config: (patch: Record<string, unknown>) => call('config', patch),
    faults: (faults: (string | number)[]) => call('faults/next', { faults }),
    reset: () => call('reset', {}),
  };
}

export type SimCustomer = SimFixtures['customers'][number];

/** The seeded customers a test needs: active ones, the inactive and the suspended one. */
export async function seededCustomers(sim: RunningSimulator) {
  const { customers } = await simControl(sim).fixtures();
  const active = customers.filter((c) => c.Status === 'Active');
  const inactive = customers.find((c) => c.Status === 'Inactive');
  const suspended = customers.find((c) => c.Status === 'Suspended');
  if (active.length < 5 || !inactive || !suspended) throw new Error('the simulator seed changed');
  return { active, inactive, suspended, all: customers };
}

/** A PIN of the same length that is not the customer's. */
export const wrongPin = (pin: string) =>
  [...pin].map((digit, i) => (i === 0 ? String((Number(digit) + 1) % 10) : digit)).join('');
