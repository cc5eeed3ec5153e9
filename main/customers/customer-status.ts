import type { CustomerStatusKind } from './customer-channels.ts';

/**
 * DealPOS's customer status as the counter treats it. Only "Active" may pass a PIN check: a
 * status this app does not know is not taken as active.
 */
export function statusKindOf(status: string): CustomerStatusKind {
  switch (status.trim().toLowerCase()) {
    case 'active':
      return 'active';
    case 'inactive':
      return 'inactive';
    case 'suspended':
      return 'suspended';
    default:
      return 'other';
  }
}
