import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { PdfOptions, PrintOptions } from '../../main/labels/print-options.ts';
import { createElectronPrinterPort, type PrintWindowDeps } from '../../main/labels/print-window.ts';
import { bridgeNamesFor } from '../../preload/bridge-names.ts';
import { recordingBridge } from '../support/recording-bridge.ts';

// Electron cannot run here: these fakes stand in for BrowserWindow, the dialog and the disk, so
// the order of things (open hidden, wait for the drawing, print, always close) is checked.

interface FakeWindow {
  options: BrowserWindowConstructorOptions;
  loaded: string[];
  destroyed: boolean;
  printed: unknown[];
}

function fakes(printResult: [boolean, string] = [true, '']) {
  const windows: FakeWindow[] = [];
  const written: [string, unknown][] = [];
  let savePath: string | undefined = '/home/toko/labels.pdf';
  let dialogs = 0;
  const deps: PrintWindowDeps = {
    createWindow(options) {
      const state: FakeWindow = { options, loaded: [], destroyed: false, printed: [] };
      windows.push(state);
      return {
        loadURL: async (url: string) => {
          state.loaded.push(url);
        },
        isDestroyed: () => state.destroyed,
        destroy: () => {
          state.destroyed = true;
        },
        webContents: {
          print: (options: PrintOptions, callback: (success: boolean, reason: string) => void) => {
            state.printed.push(options);
            callback(...printResult);
          },
          printToPDF: async (options: PdfOptions) => {
            state.printed.push(options);
            return Buffer.from('%PDF-1.7');
          },
        },
      } as unknown as BrowserWindow;
    },
    dialog: {
      showSaveDialog: (async () => {
        dialogs++;
        return { canceled: savePath === undefined, filePath: savePath ?? '' };
      }) as never,
    },
    writeFile: async (path, data) => {
      written.push([path, data]);
    },
    printPageUrl: (jobId) => `app://dealpos/index.html#labels-print/${jobId}`,
    windowOptions: {
      width: 1280,
      webPreferences: {
        preload: '/app/preload.cjs',
        sandbox: true,
      },
    },
    mainWindow: () => null,
  };
  return {
    deps,
    windows,
    written,
    dialogs: () => dialogs,
    cancelSave() {
      savePath = undefined;
    },
  };
}

const options = { silent: true, deviceName: 'ZDesigner' } as unknown as PrintOptions;

describe('the Electron printer port', () => {
  it('prints from a hidden window of the app page on the job, once the page has drawn it, then closes it', async () => {
    const { deps, windows } = fakes();
    const port = createElectronPrinterPort(deps);
    const answer = await port.print({ jobId: 'job-1', rendered: Promise.resolve(12), options });
    expect(answer).toEqual({ kind: 'printed', pages: 12 });
    expect(windows).toHaveLength(1);
    expect(windows[0]?.options).toMatchObject({
      show: false,
      webPreferences: { preload: '/app/preload.cjs', sandbox: true, backgroundThrottling: false },
    });
    expect(windows[0]?.loaded).toEqual(['app://dealpos/index.html#labels-print/job-1']);
    expect(windows[0]?.printed).toEqual([options]);
    expect(windows[0]?.destroyed).toBe(true);
  });

  it('tells a cancelled print dialog from a printer that failed', async () => {
    const cancelled = fakes([false, 'cancelled']);
    expect(
      await createElectronPrinterPort(cancelled.deps).print({
        jobId: 'j',
        rendered: Promise.resolve(1),
        options,
      }),
    ).toEqual({
      kind: 'cancelled',
    });
    const failed = fakes([false, 'failed']);
    expect(
      await createElectronPrinterPort(failed.deps).print({
        jobId: 'j',
        rendered: Promise.resolve(1),
        options,
      }),
    ).toEqual({
      kind: 'failed',
      reason: 'failed',
    });
  });

  it('closes the window even when the page never finishes drawing', async () => {
    const { deps, windows } = fakes();
    const rendered = Promise.reject(new Error('The label pages were not drawn in time.'));
    await expect(createElectronPrinterPort(deps).print({ jobId: 'j', rendered, options })).rejects.toThrow(
      /in time/,
    );
    expect(windows[0]?.destroyed).toBe(true);
    expect(windows[0]?.printed).toEqual([]);
  });

  it('asks where to save before drawing, and writes the PDF there', async () => {
    const { deps, windows, written } = fakes();
    const pdf = { preferCSSPageSize: true } as unknown as PdfOptions;
    const answer = await createElectronPrinterPort(deps).savePdf({
      jobId: 'j',
      rendered: Promise.resolve(3),
      options: pdf,
      fileName: 'labels.pdf',
    });
    expect(answer).toEqual({ kind: 'saved', path: '/home/toko/labels.pdf' });
    expect(windows[0]?.printed).toEqual([pdf]);
    expect(written.map(([path, data]) => [path, String(data)])).toEqual([
      ['/home/toko/labels.pdf', '%PDF-1.7'],
    ]);
  });

  it('opens no window at all when the save dialog is cancelled', async () => {
    const f = fakes();
    f.cancelSave();
    const port = createElectronPrinterPort(f.deps);
    const answer = await port.savePdf({
      jobId: 'j',
      rendered: Promise.resolve(3),
      options: {} as PdfOptions,
      fileName: 'x.pdf',
    });
    expect(answer).toEqual({ kind: 'cancelled' });
    expect(f.windows).toHaveLength(0);
    expect(f.written).toHaveLength(0);
  });

  it('has no printers to list before the app window exists', async () => {
    expect(await createElectronPrinterPort(fakes().deps).listPrinters()).toEqual([]);
  });

  it('gives the hidden page a bridge of the two print functions only: no saving credentials, no PIN checks', async () => {
    const { deps, windows } = fakes();
    await createElectronPrinterPort(deps).print({ jobId: 'j', rendered: Promise.resolve(1), options });
    // The preload picks its names from the page's address (preload/index.ts).
    const { bridge, sent } = recordingBridge(bridgeNamesFor(windows[0]?.loaded[0] ?? ''));
    await bridge.invoke('labels:print-job', { jobId: 'j' });
    await bridge.invoke('labels:print-rendered', { jobId: 'j', pages: 1 });
    await expect(
      bridge.invoke('connection:save', { host: 'x', clientId: 'y', clientSecret: 'z' }),
    ).rejects.toThrow();
    await expect(bridge.invoke('customers:check-pin', { code: 'MBR-0001', pin: '1234' })).rejects.toThrow();
    expect(() => bridge.on('connection:changed', () => {})).toThrow('Unknown event');
    expect(sent).toEqual(['labels:print-job', 'labels:print-rendered']);
  });

  it('prints one job at a time: another print or PDF meanwhile is answered busy and opens nothing', async () => {
    const { deps, windows, dialogs } = fakes();
    const port = createElectronPrinterPort(deps);
    let drawn: (pages: number) => void = () => {};
    const first = port.print({
      jobId: 'first',
      rendered: new Promise<number>((resolve) => {
        drawn = resolve;
      }),
      options,
    });
    await expect.poll(() => windows.length).toBe(1);

    expect(await port.print({ jobId: 'second', rendered: Promise.resolve(1), options })).toEqual({
      kind: 'busy',
    });
    expect(
      await port.savePdf({
        jobId: 'third',
        rendered: Promise.resolve(1),
        options: {} as PdfOptions,
        fileName: 'x.pdf',
      }),
    ).toEqual({ kind: 'busy' });
    expect(windows).toHaveLength(1);
    expect(dialogs()).toBe(0);

    drawn(4);
    expect(await first).toEqual({ kind: 'printed', pages: 4 });
    // Once it is done, the next job prints.
    expect(await port.print({ jobId: 'next', rendered: Promise.resolve(2), options })).toEqual({
      kind: 'printed',
      pages: 2,
    });
    expect(windows.map((w) => w.loaded)).toEqual([
      ['app://dealpos/index.html#labels-print/first'],
      ['app://dealpos/index.html#labels-print/next'],
    ]);
  });

  it('a job that failed does not keep the next one waiting', async () => {
    const { deps } = fakes();
    const port = createElectronPrinterPort(deps);
    const never = Promise.reject(new Error('The label pages were not drawn in time.'));
    await expect(port.print({ jobId: 'j', rendered: never, options })).rejects.toThrow(/in time/);
    expect(await port.print({ jobId: 'k', rendered: Promise.resolve(1), options })).toEqual({
      kind: 'printed',
      pages: 1,
    });
  });
});
