import { join } from 'node:path';

/** The packaged app's copy of the window icon, placed next to app.asar by electron-builder.yml's extraResources. */
export const packagedIconName = 'icon.png';
/** The same picture in the source tree (drawn by scripts/make-icons.mjs), for development runs. */
export const sourceIconPath = 'resources/icons/256x256.png';

/**
 * Where the window's icon file is, or undefined on macOS (the app bundle's icon.icns is used
 * there, and BrowserWindow ignores the option). Electron-builder does not ship `resources/`
 * itself (it is the build-resources folder), hence the extraResources copy.
 */
export function windowIconPath(options: {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  resourcesPath: string;
  appRoot: string;
}): string | undefined {
  if (options.platform === 'darwin') return undefined;
  return options.isPackaged
    ? join(options.resourcesPath, packagedIconName)
    : join(options.appRoot, sourceIconPath);
}
