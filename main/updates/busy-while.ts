import type { BusyReason } from './update-policy.ts';
import type { UpdateScheduler } from './update-scheduler.ts';

/**
 * A handler that marks the app busy for `reason` while it runs, so an update never asks to
 * restart in the middle of it (issue #16: never during a print). Overlapping calls keep the mark
 * until the last one ends, failed or not.
 */
export function busyWhile<I, O>(
  updates: Pick<UpdateScheduler, 'setBusy'>,
  reason: BusyReason,
  run: (input: I) => Promise<O> | O,
): (input: I) => Promise<O> {
  let running = 0;
  return async (input) => {
    running += 1;
    updates.setBusy(reason, true);
    try {
      return await run(input);
    } finally {
      running -= 1;
      if (running === 0) updates.setBusy(reason, false);
    }
  };
}
