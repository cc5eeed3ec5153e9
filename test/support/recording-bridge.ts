import type { DealposBridge } from '../../main/app-contract.ts';
import { buildBridge } from '../../preload/bridge.ts';
import type { BridgeNames } from '../../preload/bridge-names.ts';

/**
 * The preload's own bridge over `names`, with main stood in: every call the bridge lets through
 * is answered null and its channel recorded in `sent`, so a test sees what would reach IPC.
 */
export function recordingBridge(names: BridgeNames): { bridge: DealposBridge; sent: string[] } {
  const sent: string[] = [];
  const bridge = buildBridge(
    names,
    async (channel) => {
      sent.push(channel);
      return { ok: true, value: null };
    },
    () => () => {},
  );
  return { bridge, sent };
}
