import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LogFile } from './support-port.ts';

/** The log files a bundle takes, newest first: electron-log's current file and the one it rotated. */
export const bundledLogNames = ['main.log', 'main.old.log'] as const;

/** Reads the log files that exist in `folder` (a missing one is skipped: a new install has no old file). */
export async function readLogFolder(folder: string): Promise<LogFile[]> {
  const files = await Promise.all(
    bundledLogNames.map(async (name): Promise<LogFile | null> => {
      try {
        return { name, text: await readFile(join(folder, name), 'utf8') };
      } catch {
        return null;
      }
    }),
  );
  return files.filter((file): file is LogFile => file !== null);
}
