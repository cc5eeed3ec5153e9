import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DealposBridge, LabelJob } from '../../main/app-contract.ts';
import type { AppServices } from '../../main/app-services.ts';
import { printFailedReason } from '../../main/labels/label-handlers.ts';
import type { PrinterPort } from '../../main/labels/printer-port.ts';
import type { RunningSimulator } from '../../main/simulator/index.ts';
import { openApp } from '../support/open-app.ts';
import { type LabelApp, startLabelApp } from './support/label-app.ts';

// Printing labels through the real handlers: the job goes to main, main hands it to the
// desktop's printing side and answers with what became of it. Only the printing side is stood
// in for: no Electron binary can run here.

let labels: LabelApp;
let sim: RunningSimulator;
let bridge: DealposBridge;
/** The app log of the app the test drove last. */
let appLog: string[] = [];

beforeAll(async () => {
  labels = await startLabelApp();
  ({ sim } = labels);
  ({ bridge, appLog } = labels.app);
});
afterAll(() => labels.close());
afterEach(() => {
  sim.controls.reset();
});

const job = (profileId = 'roll-38x25'): LabelJob => ({
  profileId,
  outletName: 'Pluit',
  date: '2026-11-23',
  labels: [{ name: 'Kaos', variant: 'L', code: '1315L', price: 89_000, copies: 2, symbology: 'code128' }],
});

describe('printing', () => {
  it('answers that printing needs the desktop app, outside of it', async () => {
    expect(await bridge.invoke('labels:printers')).toEqual({
      ok: true,
      value: { available: false, printers: [] },
    });
    expect(await bridge.invoke('labels:print', { job: job(), target: { kind: 'dialog' } })).toEqual({
      ok: true,
      value: { kind: 'unavailable' },
    });
    expect(await bridge.invoke('labels:save-pdf', { job: job(), fileName: 'labels' })).toEqual({
      ok: true,
      value: { kind: 'unavailable' },
    });
    expect(await bridge.invoke('labels:save-zpl', { fileName: 'labels', zpl: '^XA^XZ' })).toEqual({
      ok: true,
      value: { kind: 'unavailable' },
    });
  });

  /** Stands in for Electron (its binary cannot run here): "draws" the job by asking `page` for it as the print page would. */
  function standInPort(printed: string[], page: () => DealposBridge): PrinterPort {
    return {
      available: true,
      listPrinters: async () => [
        { name: 'ZDesigner_GK420t', displayName: 'ZDesigner GK420t', isDefault: true },
        { name: 'HP_LaserJet', displayName: 'HP LaserJet', isDefault: false },
      ],
      async print({ jobId, rendered, options }) {
        const view = await page().invoke('labels:print-job', { jobId });
        if (!view.ok || !view.value) return { kind: 'failed', reason: 'no job' };
        await page().invoke('labels:print-rendered', {
          jobId,
          pages: view.value.labels.reduce((n, l) => n + l.copies, 0),
        });
        printed.push(
          `${options.deviceName ?? 'dialog'} ${options.pageSize.width}x${options.pageSize.height}`,
        );
        return { kind: 'printed', pages: await rendered };
      },
      savePdf: async ({ fileName }) => ({ kind: 'saved', path: `/tmp/${fileName}` }),
      saveText: async ({ fileName }) => ({ kind: 'saved', path: `/tmp/${fileName}` }),
    };
  }

  const printingApps: AppServices[] = [];
  afterEach(async () => {
    for (const app of printingApps.splice(0)) await app.close();
  });

  /**
   * The app as main wires it, with `printer` as its printing side (a dependency of the app, as
   * Electron's port is in main/index.ts); `printer` gets that app's page to play the hidden print page.
   */
  async function appPrintingWith(
    printer: (page: () => DealposBridge) => PrinterPort,
  ): Promise<DealposBridge> {
    let printing: DealposBridge | null = null;
    const page = () => {
      if (!printing) throw new Error('the app is not up yet');
      return printing;
    };
    const app = await openApp({ simulator: sim, chooseOutlet: false, printer: printer(page) });
    printingApps.push(app.services);
    appLog = app.appLog;
    printing = app.bridge;
    return app.bridge;
  }

  it('prints through the port at the profile size, and remembers the profile per printer', async () => {
    const printed: string[] = [];
    const bridge = await appPrintingWith((page) => standInPort(printed, page));
    const result = await bridge.invoke('labels:print', {
      job: job('roll-50x30'),
      target: { kind: 'printer', name: 'ZDesigner_GK420t' },
    });
    expect(result).toEqual({
      ok: true,
      value: { kind: 'printed', pages: 2, printers: expect.objectContaining({ available: true }) },
    });
    // The print answers with the printers it changed: the profile is remembered for this one.
    const answered = result.ok && result.value.kind === 'printed' ? result.value.printers.printers : [];
    expect(answered.find((p) => p.name === 'ZDesigner_GK420t')?.lastProfileId).toBe('roll-50x30');
    expect(printed).toEqual(['ZDesigner_GK420t 50000x30000']);
    const printers = await bridge.invoke('labels:printers');
    expect(printers.ok && printers.value.printers.map((p) => [p.name, p.lastProfileId])).toEqual([
      ['ZDesigner_GK420t', 'roll-50x30'],
      ['HP_LaserJet', null],
    ]);
  });

  it('hands the hidden page nothing once the job is over', async () => {
    let seen = '';
    const bridge = await appPrintingWith((page) => ({
      ...standInPort([], page),
      print: async ({ jobId }) => {
        seen = jobId;
        return { kind: 'cancelled' };
      },
    }));
    expect(await bridge.invoke('labels:print', { job: job(), target: { kind: 'dialog' } })).toEqual({
      ok: true,
      value: { kind: 'cancelled' },
    });
    expect(await bridge.invoke('labels:print-job', { jobId: seen })).toEqual({ ok: true, value: null });
  });

  it('turns a page that never finished drawing into a failed print, not a crash', async () => {
    const bridge = await appPrintingWith((page) => ({
      ...standInPort([], page),
      print: async ({ rendered }) => {
        await Promise.reject(new Error('The label pages were not drawn in time.'));
        return { kind: 'printed', pages: await rendered };
      },
    }));
    const result = await bridge.invoke('labels:print', { job: job(), target: { kind: 'dialog' } });
    expect(result).toEqual({ ok: true, value: { kind: 'failed', reason: printFailedReason } });
    expect(appLog.at(-1)).toMatch(/not drawn in time/);
  });

  it('a PDF or ZPL file that cannot be written gets a clear message, and its path stays in the app log', async () => {
    const denied = () =>
      Object.assign(new Error("EACCES: permission denied, open '/home/kasir/Dokumen/labels.pdf'"), {
        code: 'EACCES',
      });
    const bridge = await appPrintingWith((page) => ({
      ...standInPort([], page),
      savePdf: async () => {
        throw denied();
      },
      saveText: async () => {
        throw denied();
      },
    }));
    appLog.length = 0;
    const pdf = await bridge.invoke('labels:save-pdf', { job: job(), fileName: 'labels' });
    const zpl = await bridge.invoke('labels:save-zpl', { fileName: 'labels', zpl: '^XA^XZ' });
    for (const answer of [pdf, zpl]) {
      expect(answer).toEqual({ ok: true, value: { kind: 'failed', reason: printFailedReason } });
      expect(JSON.stringify(answer)).not.toContain('/home/kasir');
    }
    expect(appLog).toEqual([
      expect.stringContaining('/home/kasir/Dokumen/labels.pdf'),
      expect.stringContaining('/home/kasir/Dokumen/labels.pdf'),
    ]);
  });

  it('names the PDF after the document, without path separators', async () => {
    const bridge = await appPrintingWith((page) => standInPort([], page));
    const result = await bridge.invoke('labels:save-pdf', { job: job(), fileName: 'labels PB/2026/11/0001' });
    expect(result).toEqual({ ok: true, value: { kind: 'saved', path: '/tmp/labels PB-2026-11-0001.pdf' } });
  });

  it('refuses a job for a profile that does not exist, and more than 20,000 labels', async () => {
    const bridge = await appPrintingWith((page) => standInPort([], page));
    const unknown = await bridge.invoke('labels:print', { job: job('gone'), target: { kind: 'dialog' } });
    expect(unknown).toMatchObject({ ok: false, error: { kind: 'invalid-input' } });
    const huge = { ...job(), labels: [{ ...job().labels[0]!, copies: 20_001 }] };
    expect(await bridge.invoke('labels:print', { job: huge, target: { kind: 'dialog' } })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-input' },
    });
  });
});
