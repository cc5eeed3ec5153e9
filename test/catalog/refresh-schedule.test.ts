import { describe, expect, it } from 'vitest';
import type { GovernorState } from '../../main/app-contract.ts';
import { quotaIsIdle, refreshDue } from '../../renderer/src/catalog/catalog-refresh.ts';

const quota = (overrides: Partial<GovernorState>): GovernorState => ({
  limit: 50,
  windowSeconds: 180,
  used: 0,
  remaining: 50,
  reserve: 10,
  nextSlotAt: null,
  blockedUntil: null,
  queued: { interactive: 0, background: 0 },
  inFlight: 0,
  ...overrides,
});

const hour = 3_600_000;

describe('the scheduled catalog refresh', () => {
  it('is due when the catalog is older than the schedule', () => {
    expect(refreshDue(0, false, 24, 25 * hour)).toBe(true);
    expect(refreshDue(0, false, 24, 23 * hour)).toBe(false);
  });

  it('is never due when the admin turned it off, unless a download was left unfinished', () => {
    expect(refreshDue(0, false, 0, 1000 * hour)).toBe(false);
    expect(refreshDue(0, true, 0, 1)).toBe(true);
  });

  it('waits until the quota is idle: nothing queued and most of the window unspent', () => {
    expect(quotaIsIdle(quota({}))).toBe(true);
    expect(quotaIsIdle(quota({ remaining: 39 }))).toBe(false);
    expect(quotaIsIdle(quota({ queued: { interactive: 1, background: 0 } }))).toBe(false);
    expect(quotaIsIdle(quota({ queued: { interactive: 0, background: 2 } }))).toBe(false);
  });
});
