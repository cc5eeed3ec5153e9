import { createStore, type StoreApi } from 'zustand/vanilla';
// Brings the interface below into every program that builds this store.
import type {} from '../stores/app-stores.ts';

export const sections = ['scan', 'labels', 'customers', 'office', 'settings'] as const;
export type Section = (typeof sections)[number];

export interface FrameState {
  section: Section;
  show(section: Section): void;
}

export type FrameStore = StoreApi<FrameState>;

/** Which feature the frame shows. Scan first: it is what the counter does most. */
export function createFrameStore(): FrameStore {
  return createStore<FrameState>()((set) => ({
    section: 'scan',
    show: (section) => set({ section }),
  }));
}

// The app builds this store once (app/app-stores.ts); components read it with useAppStore.
declare module '../stores/app-stores.ts' {
  interface AppStores {
    frame: FrameStore;
  }
}
