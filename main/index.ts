import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  type BrowserWindowConstructorOptions,
  dialog,
  ipcMain,
  protocol,
  safeStorage,
  session,
} from 'electron';
import electronLog from 'electron-log/main';
import Store from 'electron-store';
import { invokeChannelNames } from './app-contract.ts';
import { type AppServices, createAppServices } from './app-services.ts';
import { startDemoStore } from './demo/start-demo.ts';
import { forwardEvents, registerIpc } from './ipc/register.ts';
import { labelPrintPage, labelPrintUrl } from './labels/print-route.ts';
import { createElectronPrinterPort } from './labels/print-window.ts';
import { createAppLogger } from './logging/app-logger.ts';
import { configureLogFile, logFolder } from './logging/electron-log-file.ts';
import { receiveReportPage, receiveReportUrl } from './receive/report-route.ts';
import { createFeatureStoreOpener } from './settings/electron-settings-backing.ts';
import { createSafeStorageVault } from './settings/safe-storage-vault.ts';
import { openSettingsFile } from './settings/settings-file.ts';
import { readLogFolder } from './support/log-files.ts';
import { nodeSystemInfo } from './support/support-port.ts';
import { builtInFeedUrl, restartQuestion } from './updates/built-in-feed.ts';
import { createElectronUpdaterPort } from './updates/electron-updater-port.ts';
import { APP_SCHEME } from './window/app-origin.ts';
import { createAppProtocolHandler } from './window/app-protocol-handler.ts';
import { createMainWindow, guardEverything, prepareBeforeReady } from './window/create-window.ts';
import { rendererSource } from './window/renderer-source.ts';
import { trustedSenderCheck } from './window/trusted-sender.ts';
import { windowIconPath } from './window/window-icon.ts';
import { windowOptions } from './window/window-options.ts';

// The app entry: wiring only. What each piece decides is in the plain modules it imports.

const source = rendererSource({
  isPackaged: app.isPackaged,
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
});
const rendererRoot = join(import.meta.dirname, '../renderer');
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');
// The log file in <user data>/logs/main.log, every line redacted (main/logging/redact.ts).
const logger = createAppLogger(configureLogFile(electronLog, app.getPath('userData'), !app.isPackaged));
process.on('unhandledRejection', (reason) => logger.error('Unhandled rejection in main:', reason));

// One app per PC session: a second launch brings the first window forward instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  logger.info(
    `DealPOS Companion ${app.getVersion()} starting (Electron ${process.versions.electron}, ${process.platform} ${process.arch})`,
  );
  prepareBeforeReady();
  app.on('second-instance', focusWindow);
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail(error));
}

async function start(): Promise<void> {
  guardEverything(source, session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: rendererRoot, readFile }));

  // Labels print from a hidden window showing the same page on the job's print route (the preload
  // gives a page on that route a print-only bridge: preload/bridge-names.ts).
  // It asks for the main window (its dialogs' parent) only when a job runs, once the window exists.
  let mainWindow: BrowserWindow | null = null;
  const printWindow = {
    createWindow: (options: BrowserWindowConstructorOptions) => new BrowserWindow(options),
    dialog,
    writeFile: (path: string, data: string | Uint8Array) => writeFile(path, data),
    windowOptions: windowOptions({ preloadPath, isDevelopment: source.isDevelopment }),
    mainWindow: () => (mainWindow === null || mainWindow.isDestroyed() ? null : mainWindow),
  };
  const printer = createElectronPrinterPort({
    ...printWindow,
    printPageUrl: (jobId) => labelPrintUrl(source.url, jobId),
  });
  // The discrepancy report (issue #15) is printed the same way, from its own route.
  const reportPrinter = createElectronPrinterPort({
    ...printWindow,
    printPageUrl: (jobId) => receiveReportUrl(source.url, jobId),
  });

  const services = await createAppServices({
    settingsBacking: openSettingsFile((options) => new Store(options)),
    // The packaged app talks to DealPOS and its own demo store only; a developer may add one local simulator.
    localStores: !app.isPackaged && process.env.DEALPOS_SIM_URL ? [process.env.DEALPOS_SIM_URL] : [],
    openStore: createFeatureStoreOpener((options) => new Store(options)),
    appLog: (message) => logger.info(message),
    logger,
    // Only the installed app updates itself; checks start at launch and run daily (main/updates).
    ...(app.isPackaged
      ? {
          updater: createElectronUpdaterPort({
            builtInFeed: builtInFeedUrl,
            mainWindow: () => (mainWindow === null || mainWindow.isDestroyed() ? null : mainWindow),
            texts: (version) => restartQuestion(app.getLocale(), version),
          }),
        }
      : {}),
    support: {
      systemInfo: () => nodeSystemInfo(app.getVersion(), app.getLocale()),
      readLogs: () => readLogFolder(logFolder(app.getPath('userData'))),
      saveFile: async (name, bytes) => {
        const parent = mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined;
        const options = {
          defaultPath: join(app.getPath('desktop'), name),
          filters: [{ name: 'Zip', extensions: ['zip'] }],
        };
        const chosen = parent
          ? await dialog.showSaveDialog(parent, options)
          : await dialog.showSaveDialog(options);
        if (chosen.canceled || !chosen.filePath) return null;
        await writeFile(chosen.filePath, bytes);
        return chosen.filePath;
      },
    },
    vault: createSafeStorageVault(safeStorage, process.platform),
    startDemo: startDemoStore,
    printer,
    reportPrinter,
    // The hidden print page (same origin, its own route) may only fetch its job and say it is drawn.
    isTrustedSender: trustedSenderCheck(source.origin, [labelPrintPage, receiveReportPage]),
    version: app.getVersion(),
    osLocale: app.getLocale(),
    // Request lines carry method, endpoint, lane, outcome, status and time: no credentials, no tokens.
    log: (line) => logger.request(line),
    onInternalError: (channel, error) => logger.ipcFailure(channel, error),
    onRefusal: (channel, kind) => logger.warn(`ipc ${channel} refused: ${kind}`),
  });
  app.on('before-quit', closeBeforeQuit(services));
  registerIpc(ipcMain, invokeChannelNames, services.dispatch);

  const iconPath = windowIconPath({
    platform: process.platform,
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appRoot: app.getAppPath(),
  });
  const window = createMainWindow(source, preloadPath, iconPath);
  mainWindow = window;
  const stopForwarding = forwardEvents(services.onEvent, window.webContents);
  window.on('closed', stopForwarding);
}

function focusWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

/** Stops the demo store and the governors before the process ends (they hold a port and timers). */
function closeBeforeQuit(services: AppServices): (event: Electron.Event) => void {
  let closing = false;
  return (event) => {
    // The second before-quit is the app.quit() below: let it through.
    if (closing) return;
    closing = true;
    event.preventDefault();
    services
      .close()
      .catch((error: unknown) => logger.error('Closing the app services failed:', error))
      .finally(() => app.quit());
  };
}

function fail(error: unknown): void {
  logger.error('DealPOS Companion could not start:', error);
  app.exit(1);
}
