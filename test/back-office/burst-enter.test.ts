import { describe, expect, it } from 'vitest';
import { burstGapMs, createBurstEnterGuard } from '../../renderer/src/ui/burst-enter.ts';

/** Plays keys at the given times into a fresh guard; answers what it said of each Enter. */
function play(keys: [key: string, at: number][]): boolean[] {
  const endsBurst = createBurstEnterGuard();
  return keys.flatMap(([key, at]) => {
    const verdict = endsBurst(key, at);
    return key === 'Enter' ? [verdict] : [];
  });
}

/** A scanner typing `code` from `start`, `gap` ms a key, then Enter. */
const scanned = (code: string, start: number, gap = 4): [string, number][] => [
  ...[...code].map((ch, i): [string, number] => [ch, start + i * gap]),
  ['Enter', start + code.length * gap],
];

describe('an Enter at the end of a scan presses nothing in a confirmation', () => {
  it("takes a scanner's Enter, right after a quick burst of keys, for a terminator", () => {
    expect(play(scanned('2026.11.00001', 1000))).toEqual([true]);
    expect(play(scanned('HW0019', 1000, burstGapMs - 1))).toEqual([true]);
  });

  it("lets a person's Enter through: after Tab, after typing, however quick", () => {
    expect(
      play([
        ['Tab', 1000],
        ['Enter', 1005],
      ]),
    ).toEqual([false]);
    expect(play([['Enter', 1000]])).toEqual([false]);
    // A person typing 120 ms a key, then Enter soon after the last one.
    expect(
      play([
        ['1', 0],
        ['2', 120],
        ['3', 240],
        ['4', 360],
        ['Enter', 380],
      ]),
    ).toEqual([false]);
    // A scan, then the person's own Enter a moment later.
    expect(play([...scanned('ABCD1234', 0), ['Enter', 900]])).toEqual([true, false]);
  });

  it('a burst too short to be a code is not a scan', () => {
    expect(play(scanned('AB', 1000))).toEqual([false]);
  });
});
