// When the app looks for a new version and when it may restart into one (issue #16). Plain
// functions of time and state: test/updates/update-scheduler.test.ts runs them with fake timers.

export const minuteMs = 60_000;
export const hourMs = 60 * minuteMs;
/** After start-up, so the first check does not compete with connecting and the catalog. */
export const firstCheckDelayMs = 2 * minuteMs;
/** Then once a day while the app stays open (counters are often left on for weeks). */
export const dailyMs = 24 * hourMs;
/** After a failed check: 15 minutes, doubling, never longer than the daily check. */
export const retryBaseMs = 15 * minuteMs;
/** "Later" on the restart question: asked again after this, or the update installs on quit. */
export const askAgainMs = 4 * hourMs;

export type UpdatePhase =
  | 'unavailable'
  | 'idle'
  | 'checking'
  | 'up-to-date'
  | 'downloading'
  | 'ready'
  | 'offline'
  | 'failed';

/** Why the app must not restart now: a count on screen, a label job printing, goods being received. */
export type BusyReason = 'count' | 'print' | 'receive';

/** How long to wait before the next check, after `failures` failed checks in a row. */
export function nextCheckDelay(failures: number): number {
  if (failures <= 0) return dailyMs;
  return Math.min(retryBaseMs * 2 ** (failures - 1), dailyMs);
}

/** Whether a failed check failed for want of a network (then it says "offline", not "failed"). */
export function isOfflineError(error: unknown): boolean {
  const text =
    error instanceof Error ? `${(error as { code?: string }).code ?? ''} ${error.message}` : String(error);
  return /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|net::ERR_(INTERNET_DISCONNECTED|NAME_NOT_RESOLVED|NETWORK_CHANGED|CONNECTION|TIMED_OUT|ADDRESS_UNREACHABLE)/i.test(
    text,
  );
}

/**
 * Whether to ask the person to restart into a downloaded version now: only once it is ready,
 * never while anything is busy (a count, a print), and not again soon after they said "Later".
 */
export function shouldAskToRestart(state: {
  phase: UpdatePhase;
  busy: ReadonlySet<BusyReason>;
  laterAt: number | null;
  now: number;
}): boolean {
  if (state.phase !== 'ready' || state.busy.size > 0) return false;
  return state.laterAt === null || state.now - state.laterAt >= askAgainMs;
}

/** An admin's feed address: https only (a shop's own server or CDN), no credentials in it. */
export function isAcceptableFeedUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && parsed.search === ''
    );
  } catch {
    return false;
  }
}
