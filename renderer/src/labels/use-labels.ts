import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { LabelsState, LabelsStore } from './labels-store.ts';

export const LabelsStoreContext = createContext<LabelsStore | null>(null);

/** A slice of the labels store of the screen this component is in. */
export function useLabels<T>(selector: (state: LabelsState) => T): T {
  const store = useContext(LabelsStoreContext);
  if (!store) throw new Error('LabelsScreen is missing above this component');
  return useStore(store, selector);
}
