import { arch, cpus, freemem, platform, release, totalmem } from 'node:os';

/** What the app and this PC are: versions, never the PC's or the user's name. */
export interface SystemInfo {
  app: { product: string; version: string; electron: string | null; chrome: string | null; node: string };
  os: {
    platform: string;
    release: string;
    arch: string;
    locale: string;
    cpus: number;
    memoryMb: number;
    freeMemoryMb: number;
  };
}

/** A log file as read from the logs folder. */
export interface LogFile {
  name: string;
  text: string;
}

/** The desktop's side of the support bundle: the Electron glue in the app, a folder in tests. */
export interface SupportPort {
  systemInfo(): SystemInfo;
  /** The current and the rotated log file, whichever exist. */
  readLogs(): Promise<LogFile[]>;
  /** Asks where to save (a save dialog in the app); the path written, or null when cancelled. */
  saveFile(suggestedName: string, bytes: Uint8Array): Promise<string | null>;
}

/** What Node says about this machine (the Electron versions are null outside Electron). */
export function nodeSystemInfo(version: string, locale: string): SystemInfo {
  const versions = process.versions as NodeJS.ProcessVersions & { electron?: string; chrome?: string };
  return {
    app: {
      product: 'DealPOS Companion',
      version,
      electron: versions.electron ?? null,
      chrome: versions.chrome ?? null,
      node: versions.node,
    },
    os: {
      platform: platform(),
      release: release(),
      arch: arch(),
      locale,
      cpus: cpus().length,
      memoryMb: Math.round(totalmem() / 1_048_576),
      freeMemoryMb: Math.round(freemem() / 1_048_576),
    },
  };
}

/** Where no desktop is (the e2e harness): the bundle cannot be saved. */
export const noSupportPort = (version: string, locale: string): SupportPort => ({
  systemInfo: () => nodeSystemInfo(version, locale),
  readLogs: async () => [],
  saveFile: async () => null,
});
