import type { GovernorState } from '../bridge/contract.ts';

export interface QuotaCountdown {
  /** `blocked`: DealPOS answered 429 and nothing is sent; `next-slot`: the oldest counted request leaves the window. */
  kind: 'blocked' | 'next-slot';
  /** Whole seconds left, rounded up (never negative). */
  seconds: number;
}

export interface QuotaSummary {
  remaining: number;
  limit: number;
  /** remaining / limit, 0..1. */
  share: number;
  /** Whether background work would be held back now (at or under the reserve kept for the counter). */
  low: boolean;
  countdown: QuotaCountdown | null;
  /** Requests waiting for a slot, counter and background together. */
  queued: number;
}

const secondsUntil = (at: number, now: number) => Math.max(0, Math.ceil((at - now) / 1000));

/** What the quota meter shows at `now` (epoch ms, the same clock as main's: one PC). */
export function summarizeQuota(state: GovernorState, now: number): QuotaSummary {
  const limit = Math.max(1, state.limit);
  const remaining = Math.min(Math.max(0, state.remaining), limit);
  let countdown: QuotaCountdown | null = null;
  if (state.blockedUntil !== null && state.blockedUntil > now) {
    countdown = { kind: 'blocked', seconds: secondsUntil(state.blockedUntil, now) };
  } else if (state.nextSlotAt !== null && remaining < limit) {
    countdown = { kind: 'next-slot', seconds: secondsUntil(state.nextSlotAt, now) };
  }
  return {
    remaining,
    limit,
    share: remaining / limit,
    low: remaining <= state.reserve,
    countdown,
    queued: state.queued.interactive + state.queued.background,
  };
}

/** "2:05", "0:09", or "1:02:03" past an hour (a 429 may ask for that long). */
export function formatCountdown(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
