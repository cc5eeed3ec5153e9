import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { ApprovalState, ApprovalStore } from './approval-store.ts';

const ApprovalContext = createContext<ApprovalStore | null>(null);

/** Gives every screen below the one manager dialog's store (the app puts it there with its stores). */
export function ApprovalProvider({ store, children }: { store: ApprovalStore; children?: ReactNode }) {
  return <ApprovalContext value={store}>{children}</ApprovalContext>;
}

/** A slice of the manager dialog's state. */
export function useApproval<T>(selector: (state: ApprovalState) => T): T {
  const store = useContext(ApprovalContext);
  if (!store) throw new Error('ApprovalProvider is missing above this component');
  return useStore(store, selector);
}
