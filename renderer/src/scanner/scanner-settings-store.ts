import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
// Brings the interface below into every program that builds this store.
import type {} from '../stores/app-stores.ts';
import { defaultScannerSettings, type ScannerSettings } from './scanner-settings.ts';

export interface ScannerSettingsState {
  settings: ScannerSettings;
  /** Hours between automatic catalog refreshes; 0 turns them off. */
  refreshEveryHours: number;
  setSettings(settings: ScannerSettings): void;
  setRefreshEveryHours(hours: number): void;
}

/** What version 1 kept for a counter that never calibrated: it moves to today's defaults. */
const firstDefaults = { maxInterKeyMs: 40, minLength: 4, maxLength: 64, terminators: ['Enter', 'Tab'] };

const isFirstDefaults = (settings: Partial<ScannerSettings>) =>
  settings.maxInterKeyMs === firstDefaults.maxInterKeyMs &&
  settings.minLength === firstDefaults.minLength &&
  settings.maxLength === firstDefaults.maxLength &&
  !settings.prefix &&
  !settings.suffix &&
  !settings.usePhysicalKeys &&
  settings.terminators?.join() === firstDefaults.terminators.join();

/**
 * Upgrades settings saved by an older version: fields it did not have take their defaults, and
 * untouched old defaults become today's (which read LF and scanners with no terminator).
 */
export function upgradeScannerSettings(saved: Partial<ScannerSettings> | undefined): ScannerSettings {
  if (!saved || isFirstDefaults(saved)) return defaultScannerSettings;
  return { ...defaultScannerSettings, ...saved };
}

/**
 * Scanner settings (and the catalog refresh schedule beside them), kept on this PC
 * (localStorage). Every screen that reads scans reads these: the scan screen, the customers
 * keypad, the calibration screen. `storage` is the page's localStorage; a test gives its own.
 */
export function createScannerSettingsStore(
  storage: () => StateStorage = () => localStorage,
): ScannerSettingsStore {
  return createStore<ScannerSettingsState>()(
    persist(
      (set) => ({
        settings: defaultScannerSettings,
        refreshEveryHours: 24,
        setSettings: (settings) => set({ settings }),
        setRefreshEveryHours: (refreshEveryHours) => set({ refreshEveryHours }),
      }),
      {
        name: 'dealpos-scanner',
        storage: createJSONStorage(storage),
        version: 2,
        migrate: (persisted) => {
          const state = (persisted ?? {}) as Partial<ScannerSettingsState>;
          return { ...state, settings: upgradeScannerSettings(state.settings) } as ScannerSettingsState;
        },
        merge: (persisted, current) => {
          const state = (persisted ?? {}) as Partial<ScannerSettingsState>;
          return { ...current, ...state, settings: { ...defaultScannerSettings, ...state.settings } };
        },
      },
    ),
  );
}

export type ScannerSettingsStore = StoreApi<ScannerSettingsState>;

// The app builds this store once (app/app-stores.ts); components read it with useAppStore.
declare module '../stores/app-stores.ts' {
  interface AppStores {
    scannerSettings: ScannerSettingsStore;
  }
}
