import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { defaultScannerSettings, type ScannerSettings } from '../scanner/scanner-detector.ts';

interface ScannerSettingsState {
  settings: ScannerSettings;
  /** Hours between automatic catalog refreshes; 0 turns them off. */
  refreshEveryHours: number;
  setSettings(settings: ScannerSettings): void;
  setRefreshEveryHours(hours: number): void;
}

/** Scanner thresholds and the catalog refresh schedule, kept on this PC (localStorage). */
export const useScannerSettings = create<ScannerSettingsState>()(
  persist(
    (set) => ({
      settings: defaultScannerSettings,
      refreshEveryHours: 24,
      setSettings: (settings) => set({ settings }),
      setRefreshEveryHours: (refreshEveryHours) => set({ refreshEveryHours }),
    }),
    { name: 'dealpos-scanner', storage: createJSONStorage(() => localStorage), version: 1 },
  ),
);
