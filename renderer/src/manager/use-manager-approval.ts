import { useAppStore } from '../stores/app-stores.ts';
import type { ApprovalRequest } from './approval-store.ts';

/**
 * Asks a manager to approve a guarded action in the one manager dialog, then runs it. Resolves
 * true once it ran and worked; false when cancelled or when it failed otherwise.
 */
export function useManagerApproval(): (request: ApprovalRequest) => Promise<boolean> {
  return useAppStore('approval', (state) => state.ask);
}
