/**
 * A USB scanner types a code and presses Enter faster than anyone can: keys a few milliseconds
 * apart. An Enter that follows another key this closely ends a scan, and must never press a
 * button that writes to DealPOS. A person's Enter comes well after their last key (the quickest
 * typists leave 60 ms or more between keys).
 */
export const burstGapMs = 35;

/** Whether this Enter, `gapMs` after the key before it, is a scanner's terminator. */
export function isBurstEnter(key: string, gapMs: number): boolean {
  return (key === 'Enter' || key === 'NumpadEnter') && gapMs >= 0 && gapMs < burstGapMs;
}
