// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { formatCountdown, summarizeQuota } from '../../renderer/src/quota/quota-summary.ts';
import { quotaState } from './fake-main.ts';

const now = 1_000_000;

describe('the quota meter', () => {
  test('shows how many requests are left of the limit', () => {
    const summary = summarizeQuota(quotaState({ remaining: 48, used: 2 }), now);
    expect(summary).toMatchObject({ remaining: 48, limit: 50, share: 0.96, low: false, queued: 0 });
  });

  test('counts down to the moment the oldest request leaves the window, rounded up', () => {
    const summary = summarizeQuota(quotaState({ nextSlotAt: now + 125_001 }), now);
    expect(summary.countdown).toEqual({ kind: 'next-slot', seconds: 126 });
    expect(formatCountdown(126)).toBe('2:06');
  });

  test('with every request available there is nothing to count down', () => {
    const summary = summarizeQuota(quotaState({ remaining: 50, used: 0, nextSlotAt: null }), now);
    expect(summary.countdown).toBeNull();
  });

  test('after a 429 it counts down to when DealPOS lets requests through, before anything else', () => {
    const summary = summarizeQuota(
      quotaState({ remaining: 0, blockedUntil: now + 61_000, nextSlotAt: now + 5_000 }),
      now,
    );
    expect(summary.countdown).toEqual({ kind: 'blocked', seconds: 61 });
    expect(summary.remaining).toBe(0);
  });

  test('a block that has ended meanwhile is not shown', () => {
    const summary = summarizeQuota(quotaState({ blockedUntil: now - 1, nextSlotAt: now + 9_000 }), now);
    expect(summary.countdown).toEqual({ kind: 'next-slot', seconds: 9 });
  });

  test('adds up the requests waiting in both lanes', () => {
    const summary = summarizeQuota(quotaState({ queued: { interactive: 2, background: 3 } }), now);
    expect(summary.queued).toBe(5);
  });

  test('is low once only the reserve kept for the counter is left', () => {
    expect(summarizeQuota(quotaState({ remaining: 10, reserve: 10 }), now).low).toBe(true);
    expect(summarizeQuota(quotaState({ remaining: 11, reserve: 10 }), now).low).toBe(false);
  });

  test('countdowns read as minutes and seconds, with hours only when a 429 asks for that long', () => {
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(9)).toBe('0:09');
    expect(formatCountdown(180)).toBe('3:00');
    expect(formatCountdown(3723)).toBe('1:02:03');
    expect(formatCountdown(-4)).toBe('0:00');
  });
});
