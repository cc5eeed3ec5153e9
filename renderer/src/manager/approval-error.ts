import type { IpcError } from '../bridge/contract.ts';

/** The refusals the manager dialog answers itself: the action was not tried, nothing changed. */
export const isApprovalError = (error: IpcError | null): boolean =>
  error !== null &&
  (error.kind === 'approval-required' ||
    error.kind === 'approval-refused' ||
    error.kind === 'approval-locked');
