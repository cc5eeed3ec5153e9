import { app, type BrowserWindow, dialog } from 'electron';
import electronUpdater from 'electron-updater';
import type { UpdaterPort } from './updater-port.ts';

// Electron glue only (not imported by tests): electron-updater behind the UpdaterPort that
// main/updates/update-scheduler.ts drives. The feed built in is electron-builder.yml's `publish`
// (written into the installed app as app-update.yml); an admin's address replaces it.

export function createElectronUpdaterPort(options: {
  builtInFeed: string;
  mainWindow(): BrowserWindow | null;
  texts(version: string): { title: string; body: string; restart: string; later: string };
}): UpdaterPort {
  const { autoUpdater } = electronUpdater;
  // Downloads run in the background; an unanswered update installs when the app quits.
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  return {
    // Only an installed app has app-update.yml and may replace itself.
    available: app.isPackaged,
    setFeedUrl: (url) => autoUpdater.setFeedURL({ provider: 'generic', url: url ?? options.builtInFeed }),
    check: async () => {
      const result = await autoUpdater.checkForUpdates();
      if (!result?.isUpdateAvailable) return { available: false };
      return { available: true, version: result.updateInfo.version };
    },
    onDownloaded: (listener) => {
      autoUpdater.on('update-downloaded', (info) => listener(info.version));
    },
    askToRestart: async (version) => {
      const text = options.texts(version);
      const box = {
        type: 'question' as const,
        title: text.title,
        message: text.title,
        detail: text.body,
        buttons: [text.restart, text.later],
        defaultId: 0,
        cancelId: 1,
      };
      const parent = options.mainWindow();
      const answer = parent ? await dialog.showMessageBox(parent, box) : await dialog.showMessageBox(box);
      return answer.response === 0;
    },
    quitAndInstall: () => autoUpdater.quitAndInstall(),
  };
}
