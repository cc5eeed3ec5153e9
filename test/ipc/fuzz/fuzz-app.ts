import type { AppHandlers as Handlers, InvokeChannel } from '../../../main/app-contract.ts';
import { type AppServices, createAppServices } from '../../../main/app-services.ts';
import { memoryBacking, type SettingsBacking } from '../../../main/settings/settings-repository.ts';
import type { RunningSimulator, SimStatsReport } from '../../../main/simulator/index.ts';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../../main/window/app-origin.ts';
import { trustedSenderCheck } from '../../../main/window/trusted-sender.ts';
import { standInVault } from '../../support/stand-in-vault.ts';

// The app as main builds it (createAppServices, the real sender check), connected to the
// simulator, with every place a call could leave a trace made countable: handler calls, writes
// to settings and feature stores, log lines, internal errors, demo starts, requests to DealPOS.

export const appPageUrl = APP_ENTRY_URL;

/** Everything a refused call must leave as it was. */
export interface Traces {
  handlerCalls: number;
  writes: number;
  logLines: number;
  internalErrors: number;
  demoStarts: number;
}

export interface FuzzApp {
  services: AppServices;
  traces(): Traces;
  /** Per channel, how often its handler ran since the app was connected. */
  handlerCalls: Map<InvokeChannel, number>;
  /** What the settings file and every feature store hold now, as text. */
  stored(): string;
  /** What the simulator has received so far. */
  simStats(): Promise<SimStatsReport>;
}

function countingBacking<T>(
  initial: unknown,
  onWrite: () => void,
): SettingsBacking<T> & { current: unknown } {
  const backing = memoryBacking<T>(initial);
  const write = backing.write;
  backing.write = (value) => {
    onWrite();
    write(value);
  };
  return backing;
}

/** Boots the app connected to `sim` at its first outlet; traces start counting after that. */
export async function bootFuzzApp(sim: RunningSimulator): Promise<FuzzApp> {
  const handlerCalls = new Map<InvokeChannel, number>();
  const counts = { writes: 0, logLines: 0, internalErrors: 0, demoStarts: 0 };
  const onWrite = () => {
    counts.writes++;
  };
  const settings = countingBacking(undefined, onWrite);
  const stores = new Map<string, SettingsBacking<unknown> & { current: unknown }>();
  const services = await createAppServices({
    settingsBacking: settings,
    openStore: (name) => {
      const store = stores.get(name) ?? countingBacking<unknown>(undefined, onWrite);
      stores.set(name, store);
      return store;
    },
    vault: standInVault(),
    startDemo: async () => {
      counts.demoStarts++;
      throw new Error('the fuzz suite starts no demo store');
    },
    isTrustedSender: trustedSenderCheck(APP_ORIGIN),
    version: 'fuzz',
    osLocale: 'id-ID',
    appLog: () => {
      counts.logLines++;
    },
    onInternalError: () => {
      counts.internalErrors++;
    },
    observeHandlers: (handlers) => countCalls(handlers, handlerCalls),
    localStores: [sim.baseUrl],
  });

  const saved = await services.dispatch('connection:save', appPageUrl, {
    host: sim.baseUrl,
    ...sim.credentials.full,
  });
  if (!saved.ok) throw new Error(`the fuzz app could not connect: ${saved.error.message}`);
  const outlets = await services.dispatch('outlets:list', appPageUrl, undefined);
  const first = outlets.ok ? (outlets.value as { id: string; name: string }[])[0] : undefined;
  if (!first) throw new Error('the simulator listed no outlet');
  await services.dispatch('connection:choose-outlet', appPageUrl, {
    outletId: first.id,
    outletName: first.name,
  });
  // The three calls above ran their handlers; from here on every call counts.
  handlerCalls.clear();

  const total = () => [...handlerCalls.values()].reduce((sum, calls) => sum + calls, 0);
  return {
    services,
    handlerCalls,
    traces: () => ({ handlerCalls: total(), ...counts }),
    stored: () =>
      JSON.stringify({
        settings: settings.current,
        stores: Object.fromEntries([...stores].map(([name, store]) => [name, store.current])),
      }),
    simStats: async () => sim.controls.stats(),
  };
}

/** The same handlers, each counting its calls in `calls` before it runs. */
function countCalls(handlers: Handlers, calls: Map<InvokeChannel, number>): Handlers {
  const counted: Record<string, (input: unknown) => unknown> = {};
  for (const [channel, handler] of Object.entries(handlers) as [
    InvokeChannel,
    (input: unknown) => unknown,
  ][]) {
    counted[channel] = (input) => {
      calls.set(channel, (calls.get(channel) ?? 0) + 1);
      return handler(input);
    };
  }
  return counted as Handlers;
}
