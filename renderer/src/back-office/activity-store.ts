import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ActivityCsv, ActivityPage, DealposBridge, IpcError } from './contract.ts';

const pageSize = 500;

export interface ActivityState {
  page: ActivityPage | null;
  error: IpcError | null;
  load(): Promise<void>;
  /** The CSV main builds of the whole log. */
  exportCsv(): Promise<ActivityCsv | null>;
}

export type ActivityStore = StoreApi<ActivityState>;

/** The activity log of this counter's writes (main keeps the newest 5,000). */
export function createActivityStore(bridge: DealposBridge): ActivityStore {
  return createStore<ActivityState>()((set) => ({
    page: null,
    error: null,
    async load() {
      const page = await bridge.invoke('back-office:activity', { limit: pageSize });
      if (page.ok) set({ page: page.value, error: null });
      else set({ error: page.error });
    },
    async exportCsv() {
      const csv = await bridge.invoke('back-office:activity-csv');
      if (csv.ok) return csv.value;
      set({ error: csv.error });
      return null;
    },
  }));
}
