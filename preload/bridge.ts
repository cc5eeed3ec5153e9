import type { DealposBridge } from '../main/app-contract.ts';
import type { IpcResult } from '../main/ipc/channel.ts';
import type { BridgeNames } from './bridge-names.ts';

type Invoke = (channel: string, input: unknown) => Promise<IpcResult<unknown>>;
type Subscribe = (event: string, listener: (payload: unknown) => void) => () => void;

/**
 * Builds `window.dealpos`: `invoke(channel, input)` for channel names `names` allows, and `on`
 * for its events only. A refused name never reaches `invoke` (so never reaches main).
 *
 * It must stay self-contained (no references outside its own body): the end-to-end harness
 * injects its source text into a plain Chromium page, where there is no preload.
 */
export function buildBridge(names: BridgeNames, invoke: Invoke, subscribe: Subscribe): DealposBridge {
  const channelName = new RegExp(names.channels);
  const events: readonly string[] = [...names.events];
  const bridge = {
    invoke(channel: unknown, input?: unknown) {
      if (typeof channel !== 'string' || !channelName.test(channel)) {
        return Promise.reject(new Error('Not a channel of the app'));
      }
      return invoke(channel, input);
    },
    on(event: unknown, listener: unknown) {
      if (typeof event !== 'string' || !events.includes(event)) throw new Error('Unknown event');
      if (typeof listener !== 'function') throw new Error('A listener must be a function');
      return subscribe(event, listener as (payload: unknown) => void);
    },
  };
  return Object.freeze(bridge) as unknown as DealposBridge;
}
