import type { IpcError, LabelJob, LabelProfile } from '../bridge/contract.ts';
import { loadBarcodeEngine } from './barcode/barcode-drawing.ts';
import type { GetLabels, LabelsBridge, LabelsState, OutputOutcome, SetLabels } from './labels-state.ts';
import { zplFor } from './zpl.ts';

const answer = <T extends OutputOutcome>(result: { ok: true; value: T } | { ok: false; error: IpcError }) =>
  result.ok ? result.value : ({ kind: 'error', error: result.error } as const);

/** Print, Save as PDF and Save ZPL: each sends the job the preview shows (the store's `selectJob`). */
export function outputActions(
  set: SetLabels,
  get: GetLabels,
  bridge: LabelsBridge,
): Pick<LabelsState, 'print' | 'savePdf' | 'saveZpl'> {
  async function output(
    busy: 'print' | 'pdf' | 'zpl',
    run: (job: LabelJob, profile: LabelProfile) => Promise<OutputOutcome>,
  ) {
    const state = get();
    const { print: job, profile } = state.selectJob(state);
    if (!job || !profile || state.busy) return;
    set({ busy, outcome: null });
    try {
      set({ outcome: await run(job, profile) });
    } finally {
      set({ busy: null });
    }
  }

  const fileName = () => {
    const document = get().document;
    return document?.number ? `labels ${document.number}` : 'labels';
  };

  return {
    print: () =>
      output('print', async (job) => {
        const { printerName } = get();
        const target =
          printerName === null
            ? { kind: 'dialog' as const }
            : { kind: 'printer' as const, name: printerName };
        const result = answer(await bridge.invoke('labels:print', { job, target }));
        if (result.kind !== 'printed') return result;
        // The print answers with the printers it changed (the label size remembered for this one).
        const { printers, ...printed } = result;
        set({ printers });
        return printed;
      }),

    savePdf: () =>
      output('pdf', async (job) =>
        answer(await bridge.invoke('labels:save-pdf', { job, fileName: fileName() })),
      ),

    saveZpl: () =>
      output('zpl', async (job, profile) => {
        if (!profile.single) return { kind: 'failed', reason: 'ZPL needs a single-label size.' };
        await loadBarcodeEngine();
        const zpl = zplFor({ profile, outletName: job.outletName, date: job.date, labels: job.labels });
        return answer(await bridge.invoke('labels:save-zpl', { fileName: fileName(), zpl }));
      }),
  };
}
