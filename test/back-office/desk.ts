import type { DealposBridge } from '../../main/app-contract.ts';
import { createAppServices } from '../../main/app-services.ts';
import { memoryBacking, type SettingsBacking } from '../../main/settings/settings-repository.ts';
import type { RunningSimulator, SimFixtures } from '../../main/simulator/index.ts';
import { buildBridge } from '../../preload/bridge.ts';
import { appBridgeNames } from '../../preload/bridge-names.ts';
import { standInVault } from '../ipc/stand-in-vault.ts';
import { setTestPasscode } from '../support/manager-approval.ts';

const appUrl = 'app://dealpos/index.html';

/** What survives a restart of the app: the feature stores (electron-store files in the app). */
export type FeatureStores = Map<string, SettingsBacking<unknown>>;

export interface DeskOptions {
  credentials?: 'full' | 'limited' | 'productsOnly';
  /** Shared between desks to play a restart of the app. */
  stores?: FeatureStores;
  /** A clock the test moves; `now` is epoch ms. */
  clock?: { now: number };
}

export interface Desk {
  bridge: DealposBridge;
  /** The app log: the feature's lines and one JSON line per DealPOS request. */
  logs: string[];
  stores: FeatureStores;
  /** The outlet the counter was set to. */
  outlet: string;
  close(): Promise<void>;
}

/**
 * The supervisor's PC minus Electron: the app's own services (createAppServices), the real
 * dispatcher (sender check, zod) and `window.dealpos` as the preload builds it, connected to the
 * simulator over HTTP and set to its first outlet. Only the IPC transport and safeStorage are
 * missing (they cannot run here).
 */
export async function openDesk(sim: RunningSimulator, options: DeskOptions = {}): Promise<Desk> {
  const logs: string[] = [];
  const stores: FeatureStores = options.stores ?? new Map();
  const services = await createAppServices({
    settingsBacking: memoryBacking(),
    vault: standInVault(),
    startDemo: async () => {
      throw new Error('no demo in this test');
    },
    isTrustedSender: (url) => url === appUrl,
    version: 'test',
    osLocale: 'en-US',
    localStores: [sim.baseUrl],
    log: (line) => logs.push(JSON.stringify(line)),
    appLog: (message) => logs.push(message),
    onInternalError: (channel, error) => logs.push(`internal error on ${channel}: ${String(error)}`),
    now: () => options.clock?.now ?? Date.now(),
    openStore: (name) => {
      let store = stores.get(name);
      if (!store) {
        store = memoryBacking<unknown>(undefined);
        stores.set(name, store);
      }
      return store;
    },
  });
  const bridge = buildBridge(
    appBridgeNames, // Structured clone both ways, as Electron's IPC copies what crosses.
    async (channel, input) =>
      structuredClone(await services.dispatch(channel, appUrl, structuredClone(input))),
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
  // The limited users may list outlets; productsOnly may not, and needs no outlet for these tests.
  await bridge.invoke('connection:choose-outlet', { outletId: outlet.ID, outletName: outlet.Name });
  return { bridge, logs, stores, outlet: outlet.Name, close: () => services.close() };
}

interface Stats {
  byRoute: Record<string, number>;
  writes: Record<string, number>;
  applied: Record<string, number>;
  requests: number;
  tokensIssued: number;
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
    stats: () => call('stats') as Promise<Stats>,
    faults: (faults: (string | number)[]) => call('faults/next', { faults }),
    reset: () => call('reset', {}),
  };
}

/** Unwraps a bridge answer the test expects to succeed. */
export function ok<T>(answer: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!answer.ok) throw new Error(`expected success, got: ${answer.error.message}`);
  return answer.value;
}
