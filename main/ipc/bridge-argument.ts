import { bridgeArgumentPrefix } from '../../preload/bridge-manifest.ts';
import { bridgeMethods, eventChannels } from './contract.ts';

/** The argument that tells the preload which bridge functions and events to expose (see preload/bridge-manifest.ts). */
export function bridgeArgument(): string {
  return `${bridgeArgumentPrefix}${JSON.stringify({ methods: bridgeMethods, events: eventChannels })}`;
}
