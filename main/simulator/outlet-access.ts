import type { ApiClient } from './credentials.ts';
import { DealposError } from './dealpos-error.ts';
import type { Outlet } from './seed/outlets.ts';

/**
 * Refuses an outlet the API user is not granted, with live DealPOS's words (README, live table
 * "Error bodies": 403 "You are not allowed to access [Outlet ID ...]"): a 403 that is about an
 * outlet, not a missing role.
 */
export function assertOutletAccess(client: ApiClient | undefined, outlet: Outlet): void {
  const denied = client?.deniedOutlets?.some((name) => name.toLowerCase() === outlet.name.toLowerCase());
  if (denied) {
    throw new DealposError(403, { Message: `You are not allowed to access [Outlet ID ${outlet.id}]` });
  }
}
