/** What a check found: a newer version (its download starts by itself) or none. */
export type CheckAnswer = { available: false } | { available: true; version: string };

/** electron-updater as the scheduler sees it (main/updates/electron-updater-port.ts in the app). */
export interface UpdaterPort {
  /** False where the app was not installed by its installer (development, tests): nothing is checked. */
  readonly available: boolean;
  /** The admin's feed address, or null for the one built in (electron-builder.yml `publish`). */
  setFeedUrl(url: string | null): void;
  check(): Promise<CheckAnswer>;
  /** Called once a version is downloaded and can be installed. */
  onDownloaded(listener: (version: string) => void): void;
  /** Asks the person (a dialog) whether to restart now; true for "Restart". */
  askToRestart(version: string): Promise<boolean>;
  quitAndInstall(): void;
}

/** Where updates do not apply: the e2e harness, tests, a development run. */
export const noUpdater: UpdaterPort = {
  available: false,
  setFeedUrl: () => {},
  check: async () => ({ available: false }),
  onDownloaded: () => {},
  askToRestart: async () => false,
  quitAndInstall: () => {},
};
