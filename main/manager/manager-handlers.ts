import type { HandlersFor } from '../ipc/channel.ts';
import type { managerChannels } from './manager-channels.ts';
import type { ManagerPasscode } from './manager-passcode.ts';

/** The manager passcode's own channels: where it stands, and setting or changing it. */
export function createManagerHandlers(passcode: ManagerPasscode): HandlersFor<typeof managerChannels> {
  return {
    'manager:status': () => passcode.status(),
    'manager:set-passcode': (input) => passcode.set(input),
  };
}
