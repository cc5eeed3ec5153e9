import type { DealposBridge } from '../../main/app-contract.ts';
import { type AppServices, createAppServices } from '../../main/app-services.ts';
import type { PrinterPort } from '../../main/labels/printer-port.ts';
import { memoryBacking } from '../../main/settings/settings-repository.ts';
import type { RunningSimulator } from '../../main/simulator/index.ts';
import { buildBridge } from '../../preload/bridge.ts';
import { appBridgeNames } from '../../preload/bridge-names.ts';
import { standInVault } from '../ipc/stand-in-vault.ts';
import { setTestPasscode } from './manager-approval.ts';

const appUrl = 'app://dealpos/index.html';

/**
 * The page's `window.dealpos`, built by the preload's own builder over the real main-process
 * handlers (dispatcher, zod validation, services), connected to `sim`. Only Electron's IPC
 * transport and safeStorage are missing, as they cannot run here; `printer` stands in for the
 * desktop's printing side (by default every print answers that it needs the desktop app).
 */
export async function nodeBridge(
  sim: RunningSimulator,
  options: { appLog?(message: string): void; printer?: PrinterPort } = {},
): Promise<{ bridge: DealposBridge; services: AppServices }> {
  const services = await createAppServices({
    ...(options.appLog ? { appLog: options.appLog } : {}),
    ...(options.printer ? { printer: options.printer } : {}),
    settingsBacking: memoryBacking(),
    vault: standInVault(),
    startDemo: async () => {
      throw new Error('no demo in this test');
    },
    isTrustedSender: (url) => url === appUrl,
    version: 'test',
    osLocale: 'en-US',
    localStores: [sim.baseUrl],
  });
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  services.onEvent((event, payload) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  });
  const bridge = buildBridge(
    appBridgeNames,
    (channel, input) => services.dispatch(channel, appUrl, input),
    (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  );
  const saved = await bridge.invoke('connection:save', { host: sim.baseUrl, ...sim.credentials.full });
  if (!saved.ok) throw new Error(saved.error.message);
  await setTestPasscode(bridge);
  return { bridge, services };
}
