import type { HandlersFor } from '../ipc/channel.ts';
import type { labelChannels } from '../ipc/channels/labels.ts';
import type { FeatureContext } from '../ipc/feature-context.ts';

/** Barcode label handlers (issue "Barcode labels from supplier bills and outlet deliveries"). */
export function createLabelHandlers(_context: FeatureContext): HandlersFor<typeof labelChannels> {
  return {};
}
