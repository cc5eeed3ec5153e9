import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary = { available: true; path: string } | { available: false; reason: string };

/**
 * The Electron executable the `electron` package would run, found the way its index.js finds it
 * (path.txt, dist/, ELECTRON_OVERRIDE_DIST_PATH) but without `require('electron')`, which starts
 * a download when the binary is missing. Unavailable (with the reason) where it was never
 * downloaded, as on machines that install with ELECTRON_SKIP_BINARY_DOWNLOAD=1.
 */
export function findElectronBinary(): ElectronBinary {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { available: false, reason: 'the electron package is not installed' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!executable && !override) {
    return {
      available: false,
      reason: 'the Electron binary was never downloaded (node_modules/electron/path.txt is missing)',
    };
  }
  const path = override ? join(override, executable || 'electron') : join(packageDir, 'dist', executable);
  if (!existsSync(path)) return { available: false, reason: `the Electron binary is not at ${path}` };
  return { available: true, path };
}
