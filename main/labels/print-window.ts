import type { BrowserWindow, BrowserWindowConstructorOptions, Dialog } from 'electron';
import type { PrintAnswer, SaveFileAnswer } from './label-channels.ts';
import type { PrinterInfo, PrinterPort, RenderRequest } from './printer-port.ts';

// Electron glue only (no electron import at run time: the app entry hands in what is needed).
// What to print and with which options is decided in print-options.ts and label-handlers.ts.

export interface PrintWindowDeps {
  /** `(options) => new BrowserWindow(options)`. */
  createWindow(options: BrowserWindowConstructorOptions): BrowserWindow;
  dialog: Pick<Dialog, 'showSaveDialog'>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** The app's page on the print route of a job: `labelPrintUrl(source.url, jobId)`. */
  printPageUrl(jobId: string): string;
  /**
   * The app window's options (same preload and web preferences: the print page is the app's own
   * page). On the print route the preload exposes the print channels only (preload/bridge-names.ts).
   */
  windowOptions: BrowserWindowConstructorOptions;
  /** The app's window: its printer list, and the parent of the save dialog. */
  mainWindow(): BrowserWindow | null;
}

/** Electron's printer options are free-form per platform; these say "default" where one says it at all. */
function isDefaultPrinter(options: Record<string, string> | undefined): boolean {
  return options?.['printer-is-default'] === 'true' || options?.isDefault === 'true';
}

/**
 * The printer port over Electron: a hidden window (never shown) loads the app's print page for
 * the job, which draws the same label pages as the preview and says when it is done; then the
 * window prints or makes the PDF, and closes.
 *
 * One job at a time: while one prints (or its save dialog is open), another is answered `busy`
 * at once, so a page cannot pile up hidden windows, each a renderer process.
 */
export function createElectronPrinterPort(deps: PrintWindowDeps): PrinterPort {
  let printing = false;

  async function oneAtATime<T>(work: () => Promise<T>): Promise<T | { kind: 'busy' }> {
    if (printing) return { kind: 'busy' };
    printing = true;
    try {
      return await work();
    } finally {
      printing = false;
    }
  }

  async function withPrintWindow<T>(
    request: RenderRequest,
    work: (window: BrowserWindow, pages: number) => Promise<T>,
  ): Promise<T> {
    const window = deps.createWindow({
      ...deps.windowOptions,
      show: false,
      webPreferences: {
        ...deps.windowOptions.webPreferences,
        // A hidden window is throttled like a background tab; its page would draw late or never.
        backgroundThrottling: false,
      },
    });
    try {
      await window.loadURL(deps.printPageUrl(request.jobId));
      const pages = await request.rendered;
      return await work(window, pages);
    } finally {
      if (!window.isDestroyed()) window.destroy();
    }
  }

  async function chooseFile(fileName: string, filter: { name: string; extensions: string[] }) {
    const parent = deps.mainWindow();
    const options = { defaultPath: fileName, filters: [filter] };
    const choice = parent
      ? await deps.dialog.showSaveDialog(parent, options)
      : await deps.dialog.showSaveDialog(options);
    return choice.canceled || !choice.filePath ? null : choice.filePath;
  }

  return {
    available: true,

    async listPrinters(): Promise<PrinterInfo[]> {
      const window = deps.mainWindow();
      if (!window) return [];
      const printers = await window.webContents.getPrintersAsync();
      return printers.map((p) => ({
        name: p.name,
        displayName: p.displayName || p.name,
        isDefault: isDefaultPrinter(p.options as Record<string, string> | undefined),
      }));
    },

    print: (request) =>
      oneAtATime(() =>
        withPrintWindow(
          request,
          (window, pages) =>
            new Promise<PrintAnswer>((resolve) => {
              window.webContents.print(request.options, (success, failureReason) => {
                if (success) resolve({ kind: 'printed', pages });
                else if (failureReason === 'cancelled') resolve({ kind: 'cancelled' });
                else
                  resolve({ kind: 'failed', reason: failureReason || 'The printer did not take the job.' });
              });
            }),
        ),
      ),

    savePdf: (request) =>
      oneAtATime(async (): Promise<SaveFileAnswer> => {
        // Ask where first: nobody should wait for a thousand pages to be drawn and then cancel.
        const path = await chooseFile(request.fileName, { name: 'PDF', extensions: ['pdf'] });
        if (path === null) return { kind: 'cancelled' };
        const pdf = await withPrintWindow(request, (window) =>
          window.webContents.printToPDF(request.options),
        );
        await deps.writeFile(path, pdf);
        return { kind: 'saved', path };
      }),

    async saveText(request): Promise<SaveFileAnswer> {
      const path = await chooseFile(request.fileName, request.filter);
      if (path === null) return { kind: 'cancelled' };
      await deps.writeFile(path, request.text);
      return { kind: 'saved', path };
    },
  };
}
