import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { CurrentJob } from './current-job.ts';
import type { LabelsState, LabelsStore } from './labels-state.ts';

export const LabelsStoreContext = createContext<LabelsStore | null>(null);

/** A slice of the labels store of the screen this component is in. */
export function useLabels<T>(selector: (state: LabelsState) => T): T {
  const store = useContext(LabelsStoreContext);
  if (!store) throw new Error('LabelsScreen is missing above this component');
  return useStore(store, selector);
}

/** The screen's one job: the same rows, preview pages and print job the store's actions use. */
export function useLabelsJob(): CurrentJob {
  return useLabels((state) => state.selectJob(state));
}
