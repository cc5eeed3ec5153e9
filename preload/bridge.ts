import type { DealposBridge, EventChannel, IpcResult } from '../main/app-contract.ts';

type Invoke = (channel: string, input: unknown) => Promise<IpcResult<unknown>>;
type Subscribe = (event: string, listener: (payload: unknown) => void) => () => void;

/**
 * Builds `window.dealpos`: one function per channel, and `on` for the listed events only.
 *
 * It must stay self-contained (no references outside its own body): the end-to-end harness
 * injects its source text into a plain Chromium page, where there is no preload.
 */
export function buildBridge(
  methods: Readonly<Record<string, string>>,
  events: readonly EventChannel[],
  invoke: Invoke,
  subscribe: Subscribe,
): DealposBridge {
  const bridge: Record<string, unknown> = {};
  for (const [name, channel] of Object.entries(methods)) {
    bridge[name] = (input?: unknown) => invoke(channel, input);
  }
  bridge.on = (event: string, listener: (payload: unknown) => void) => {
    if (!events.includes(event as EventChannel)) throw new Error(`Unknown event: ${event}`);
    if (typeof listener !== 'function') throw new Error('A listener must be a function');
    return subscribe(event, listener);
  };
  return Object.freeze(bridge) as DealposBridge;
}
