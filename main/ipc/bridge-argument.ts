import { bridgeArgumentPrefix } from '../../preload/bridge-manifest.ts';
import { bridgeMethods, eventChannels } from '../app-contract.ts';

/**
 * The argument that tells the preload which bridge functions and events to expose (see
 * preload/bridge-manifest.ts): every channel and event of the contract, or, given `channels`,
 * only the functions and events among them (the hidden print window gets two functions, no events).
 */
export function bridgeArgument(channels?: readonly string[]): string {
  const allowed = (channel: string) => channels === undefined || channels.includes(channel);
  const methods = Object.fromEntries(Object.entries(bridgeMethods).filter(([, channel]) => allowed(channel)));
  const events = eventChannels.filter(allowed);
  return `${bridgeArgumentPrefix}${JSON.stringify({ methods, events })}`;
}
