/**
 * Lets the catalog sync give way to the cashier. Every lookup (a scan, a typed code) marks the
 * foreground busy; before the sync takes its next page in and writes it, it waits until no lookup
 * came for `quietMs`. On a two-core shop PC a page's download, hand-over and write took the CPU a
 * scan's answer needed: scans during a sync were painted 100-300 ms late (bench). A cashier who
 * never stops scanning still lets one page through every `maxWaitMs`, so the sync always ends.
 */
export interface GiveWay {
  /** The cashier did something that must answer at once. */
  noteForeground(): void;
  /** Resolves once the foreground has been quiet for a while (or the longest wait is over). */
  wait(): Promise<void>;
}

export interface GiveWayOptions {
  quietMs: number;
  maxWaitMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export function giveWayTo({
  quietMs,
  maxWaitMs,
  now = () => performance.now(),
  sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
}: GiveWayOptions): GiveWay {
  let lastForeground = Number.NEGATIVE_INFINITY;
  return {
    noteForeground: () => {
      lastForeground = now();
    },
    async wait() {
      const started = now();
      for (;;) {
        const quietFor = now() - lastForeground;
        const waited = now() - started;
        if (quietFor >= quietMs || waited >= maxWaitMs) return;
        await sleep(Math.min(quietMs - quietFor, maxWaitMs - waited));
      }
    },
  };
}
