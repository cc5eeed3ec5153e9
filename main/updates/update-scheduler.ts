import {
  askAgainMs,
  type BusyReason,
  firstCheckDelayMs,
  isOfflineError,
  nextCheckDelay,
  shouldAskToRestart,
  type UpdatePhase,
} from './update-policy.ts';
import type { UpdaterPort } from './updater-port.ts';

export interface UpdateView {
  phase: UpdatePhase;
  /** The version found (downloading or ready), null otherwise. */
  version: string | null;
  /** Epoch ms of the last finished check. */
  checkedAt: number | null;
  /** Epoch ms of the next planned check. */
  nextCheckAt: number | null;
  busy: BusyReason[];
}

export interface UpdateScheduler {
  view(): UpdateView;
  /** Plans the first check; does nothing where the updater is unavailable. */
  start(): void;
  /** Checks now (Settings' button); answers once the check is done. */
  checkNow(): Promise<UpdateView>;
  setBusy(reason: BusyReason, busy: boolean): void;
  setFeedUrl(url: string | null): void;
  /** Restarts into the ready version; false when none is ready or something is busy. */
  restartNow(): boolean;
  stop(): void;
}

/**
 * Checks at start and daily, retries with backoff after a failure, lets the download run in the
 * background, and asks to restart only when the version is ready and nothing is busy (asked
 * again when the last busy reason clears). Timers are the global ones (fake in tests).
 */
export function createUpdateScheduler(options: {
  updater: UpdaterPort;
  now(): number;
  log(message: string): void;
}): UpdateScheduler {
  const { updater, now, log } = options;
  let phase: UpdatePhase = updater.available ? 'idle' : 'unavailable';
  let version: string | null = null;
  let checkedAt: number | null = null;
  let nextCheckAt: number | null = null;
  let failures = 0;
  let laterAt: number | null = null;
  let asking = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let stopped = false;
  const busy = new Set<BusyReason>();

  const view = (): UpdateView => ({ phase, version, checkedAt, nextCheckAt, busy: [...busy] });

  const plan = (delay: number) => {
    if (timer) clearTimeout(timer);
    if (stopped || !updater.available) return;
    nextCheckAt = now() + delay;
    timer = setTimeout(() => void check(), delay);
  };

  const maybeAsk = async () => {
    if (asking || !version || !shouldAskToRestart({ phase, busy, laterAt, now: now() })) return;
    asking = true;
    try {
      const restart = await updater.askToRestart(version);
      // Something may have become busy while the question was open.
      if (restart && busy.size === 0) {
        log(`updates: restarting into ${version}`);
        updater.quitAndInstall();
      } else {
        laterAt = now();
        plan(askAgainMs);
      }
    } finally {
      asking = false;
    }
  };

  const run = async () => {
    // A downloaded version stays ready: nothing to look for, only the question to ask again.
    if (phase === 'ready') {
      void maybeAsk();
      return;
    }
    phase = 'checking';
    try {
      const answer = await updater.check();
      checkedAt = now();
      failures = 0;
      if (answer.available) {
        version = answer.version;
        phase = 'downloading';
        log(`updates: version ${answer.version} found, downloading`);
      } else {
        phase = 'up-to-date';
      }
      plan(nextCheckDelay(0));
    } catch (error) {
      failures += 1;
      phase = isOfflineError(error) ? 'offline' : 'failed';
      log(
        `updates: check ${phase} (${failures} in a row): ${error instanceof Error ? error.message : String(error)}`,
      );
      plan(nextCheckDelay(failures));
    }
  };

  const check = (): Promise<void> => {
    running ??= run().finally(() => {
      running = null;
    });
    return running;
  };

  updater.onDownloaded((downloaded) => {
    version = downloaded;
    phase = 'ready';
    log(`updates: version ${downloaded} downloaded`);
    void maybeAsk();
  });

  return {
    view,
    start: () => plan(firstCheckDelayMs),
    checkNow: async () => {
      if (updater.available) await check();
      return view();
    },
    setBusy: (reason, isBusy) => {
      if (isBusy) busy.add(reason);
      else busy.delete(reason);
      if (busy.size === 0) void maybeAsk();
    },
    setFeedUrl: (url) => updater.setFeedUrl(url),
    restartNow: () => {
      if (phase !== 'ready' || busy.size > 0) return false;
      updater.quitAndInstall();
      return true;
    },
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
