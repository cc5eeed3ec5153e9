import { describe, expect, it } from 'vitest';
import { burstGapMs, isBurstEnter } from '../../renderer/src/back-office/burst-enter.ts';

describe('an Enter at the end of a scan presses nothing in a confirmation', () => {
  it("takes a scanner's Enter, a few milliseconds after the code's last key, for a terminator", () => {
    for (const gap of [0, 4, 12, burstGapMs - 1]) expect(isBurstEnter('Enter', gap)).toBe(true);
    expect(isBurstEnter('NumpadEnter', 8)).toBe(true);
  });

  it("lets a person's Enter through, however quick they are", () => {
    for (const gap of [burstGapMs, 60, 120, 5000, Number.POSITIVE_INFINITY]) {
      expect(isBurstEnter('Enter', gap)).toBe(false);
    }
  });

  it('only ever holds back Enter', () => {
    expect(isBurstEnter('Tab', 4)).toBe(false);
    expect(isBurstEnter(' ', 4)).toBe(false);
    expect(isBurstEnter('1', 4)).toBe(false);
  });
});
