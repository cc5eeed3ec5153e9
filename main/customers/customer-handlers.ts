import type { HandlersFor } from '../ipc/channel.ts';
import type { customerChannels } from '../ipc/channels/customers.ts';
import type { FeatureContext } from '../ipc/feature-context.ts';

/** Customer lookup and PIN check handlers (issue "Customer lookup and PIN check"). */
export function createCustomerHandlers(_context: FeatureContext): HandlersFor<typeof customerChannels> {
  return {};
}
