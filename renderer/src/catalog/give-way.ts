/**
 * Lets the catalog sync give way to the cashier. A scan's first key and every lookup (a scan, a
 * typed code) mark the foreground busy; before the sync takes its next page in and writes it, it
 * waits until no lookup came for `quietMs`. On a two-core shop PC a page's download, hand-over
 * and write took the CPU a scan's answer needed: scans during a sync were painted 100-300 ms late
 * (bench). A cashier who never stops scanning still lets one page through every `maxWaitMs`,
 * right after a scan was answered (the next scan's keys are still to come, so what goes through
 * is done before its Enter), and the sync always ends: at twice that it goes whatever happens.
 */
export interface GiveWay {
  /** The cashier did something that must answer at once (a scan began, a lookup started). */
  noteForeground(): void;
  /** The lookup was answered: the moment a sync that has waited its longest goes on. */
  noteAnswered(): void;
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
  /** The last thing the foreground did was answer: nothing of it is waiting for IndexedDB now. */
  let answered = true;
  let wakeOnAnswer: (() => void)[] = [];
  const nextAnswer = () => new Promise<void>((resolve) => wakeOnAnswer.push(resolve));
  return {
    noteForeground: () => {
      lastForeground = now();
      answered = false;
    },
    noteAnswered: () => {
      lastForeground = now();
      answered = true;
      const waking = wakeOnAnswer;
      wakeOnAnswer = [];
      for (const wake of waking) wake();
    },
    async wait() {
      const started = now();
      for (;;) {
        const quietFor = now() - lastForeground;
        const waited = now() - started;
        if (quietFor >= quietMs || waited >= 2 * maxWaitMs) return;
        if (waited < maxWaitMs) await sleep(Math.min(quietMs - quietFor, maxWaitMs - waited));
        else if (answered) return;
        else await Promise.race([nextAnswer(), sleep(Math.min(quietMs - quietFor, 2 * maxWaitMs - waited))]);
      }
    },
  };
}
