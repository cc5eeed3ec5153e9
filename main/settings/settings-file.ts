import {
  createElectronSettingsBacking,
  type SettingsStore,
  type SettingsStoreOptions,
} from './electron-settings-backing.ts';
import type { SettingsBacking } from './settings-repository.ts';

/**
 * Opens `settings.json` so that no state of the file stops the app from starting:
 * - a file conf cannot parse or the schema refuses is cleared (electron-store's
 *   `clearInvalidConfig`), and the backing's `openProblem` says so, which conf alone would not;
 * - a file the app may not open at all (permissions, a folder in its place) gives a backing whose
 *   reads and writes throw, read by SettingsRepository as unreadable.
 * Either way the app starts not connected and tells the person why. `open` is
 * `(options) => new Store(options)`.
 */
export function openSettingsFile(open: (options: SettingsStoreOptions) => SettingsStore): SettingsBacking {
  let openProblem: 'unreadable' | undefined;
  const openNoticingClears = (options: SettingsStoreOptions): SettingsStore => {
    try {
      return open({ ...options, clearInvalidConfig: false });
    } catch {
      openProblem = 'unreadable';
      return open(options);
    }
  };
  return openedOrUnreadable(() => {
    const backing = createElectronSettingsBacking(openNoticingClears);
    return openProblem ? { ...backing, openProblem } : backing;
  });
}

/**
 * Opens a backing, or, when that throws, one whose every read and write throws the same error,
 * which SettingsRepository reads as unreadable settings.
 */
export function openedOrUnreadable<T>(open: () => SettingsBacking<T>): SettingsBacking<T> {
  try {
    return open();
  } catch (error) {
    return {
      read: () => {
        throw error;
      },
      write: () => {
        throw error;
      },
    };
  }
}
