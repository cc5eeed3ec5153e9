import type { HandlersFor } from '../ipc/channel.ts';
import type { backOfficeChannels } from '../ipc/channels/back-office.ts';
import type { FeatureContext } from '../ipc/feature-context.ts';

/** Invoice void/restore/erase, sales-order references and variant edits (issue "Back-office actions"). */
export function createBackOfficeHandlers(_context: FeatureContext): HandlersFor<typeof backOfficeChannels> {
  return {};
}
