import { useState } from 'react';

/**
 * A USB scanner types a code and presses Enter faster than anyone can: keys a few milliseconds
 * apart. An Enter that ends such a burst is a scan's terminator and must never press a button
 * that writes to DealPOS. A person's Enter, even right after a Tab, ends no burst.
 */
export const burstGapMs = 35;

/** How many quick keys before an Enter make it a scan's (the shortest codes scanned have 4+). */
export const burstMinKeys = 3;

/**
 * Follows the keys of one dialog and says, for each, whether it is the Enter that ends a burst:
 * at least `burstMinKeys` keys each within `burstGapMs` of the one before, then Enter as quickly.
 */
export function createBurstEnterGuard(): (key: string, timeStamp: number) => boolean {
  let lastAt = Number.NEGATIVE_INFINITY;
  let quickKeys = 0;
  return (key, timeStamp) => {
    const gap = timeStamp - lastAt;
    lastAt = timeStamp;
    const quick = gap >= 0 && gap < burstGapMs;
    const isEnter = key === 'Enter' || key === 'NumpadEnter';
    if (isEnter) {
      const endsBurst = quick && quickKeys >= burstMinKeys;
      quickKeys = 0;
      return endsBurst;
    }
    quickKeys = quick ? quickKeys + 1 : 0;
    return false;
  };
}

/**
 * A keydown-capture handler for a screen with buttons that forget or discard: it swallows the
 * Enter that ends a scan, so a scanner pointed at the wrong screen never presses the focused
 * button (React: `onKeyDownCapture`). A person's Enter still presses it.
 */
export function useScannerEnterBlock(): (event: {
  key: string;
  timeStamp: number;
  preventDefault(): void;
  stopPropagation(): void;
}) => void {
  const [endsBurst] = useState(createBurstEnterGuard);
  return (event) => {
    if (!endsBurst(event.key, event.timeStamp)) return;
    event.preventDefault();
    event.stopPropagation();
  };
}
