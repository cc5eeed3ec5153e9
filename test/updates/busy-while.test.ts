import { describe, expect, it } from 'vitest';
import type { PrinterPort } from '../../main/labels/printer-port.ts';
import { busyWhile } from '../../main/updates/busy-while.ts';
import { createUpdateScheduler } from '../../main/updates/update-scheduler.ts';
import { noUpdater } from '../../main/updates/updater-port.ts';
import { validPayloads } from '../ipc/fuzz/valid-payloads.ts';
import { openApp } from '../support/open-app.ts';

const scheduler = () => createUpdateScheduler({ updater: noUpdater, now: Date.now, log: () => {} });

/** A promise the test settles by hand. */
function gate<T>() {
  let open!: (value: T) => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<T>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

describe('an update waits for a print', () => {
  it('holds the print mark until the last of two overlapping prints ends, failed or not', async () => {
    const updates = scheduler();
    const first = gate<string>();
    const second = gate<string>();
    const gates = [first, second];
    const print = busyWhile(updates, 'print', (index: number) => gates[index]!.promise);
    const one = print(0);
    const two = print(1);
    expect(updates.view().busy).toEqual(['print']);
    first.open('done');
    await one;
    expect(updates.view().busy).toEqual(['print']);
    second.fail(new Error('printer jammed'));
    await expect(two).rejects.toThrow('printer jammed');
    expect(updates.view().busy).toEqual([]);
  });

  it("marks the app busy while the app's own Save as PDF of labels runs", async () => {
    const saving = gate<void>();
    let started!: () => void;
    const reached = new Promise<void>((resolve) => {
      started = resolve;
    });
    const printer: PrinterPort = {
      available: true,
      listPrinters: async () => [],
      print: async () => ({ kind: 'unavailable' }),
      async savePdf() {
        started();
        await saving.promise;
        return { kind: 'saved', path: '/tmp/labels.pdf' };
      },
      saveText: async () => ({ kind: 'unavailable' }),
    };
    const app = await openApp({ printer, version: 'busy-while' });
    const busy = async () => {
      const state = await app.bridge.invoke('updates:state');
      if (!state.ok) throw new Error(state.error.message);
      return state.value.busy;
    };
    try {
      expect(await busy()).toEqual([]);
      const answer = app.invoke('labels:save-pdf', validPayloads()['labels:save-pdf']);
      await reached;
      expect(await busy()).toEqual(['print']);
      saving.open();
      const result = await answer;
      expect(result.ok).toBe(true);
      expect(await busy()).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
