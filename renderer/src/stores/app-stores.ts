import { createContext, createElement, type ReactNode, useContext } from 'react';
import { type StoreApi, useStore } from 'zustand';

/**
 * Every long-lived store of the page, by name, created once by `createAppStores` (app/). Each
 * feature adds its own stores here from its store file (declaration merging), so a feature reads
 * its store without importing the app shell above it, and the app cannot forget to build one
 * (`createAppStores` answers this whole interface).
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by the features' declaration merging
export interface AppStores {}

/** The names of AppStores that are zustand stores (the catalog database is not one). */
export type StoreName = {
  [K in keyof AppStores]: AppStores[K] extends StoreApi<unknown> ? K : never;
}[keyof AppStores];

export type StateOf<K extends StoreName> = AppStores[K] extends StoreApi<infer S> ? S : never;

const StoresContext = createContext<AppStores | null>(null);

export function StoresProvider({ stores, children }: { stores: AppStores; children?: ReactNode }) {
  return createElement(StoresContext, { value: stores }, children);
}

/** The page's stores themselves, for actions read at the moment of use (`getState()`). */
export function useStores(): AppStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('StoresProvider is missing above this component');
  return stores;
}

/** A slice of one store, e.g. `useAppStore('session', (s) => s.connection.online)`. */
export function useAppStore<K extends StoreName, T>(name: K, selector: (state: StateOf<K>) => T): T {
  const store = useStores()[name] as unknown as StoreApi<unknown>;
  return useStore(store, selector as (state: unknown) => T);
}
