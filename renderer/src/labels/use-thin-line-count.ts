import { useEffect, useState } from 'react';
import type { JobRow } from './job-lines.ts';

/** Work done per slice before handing the main thread back (a frame is 16.7 ms). */
const sliceBudgetMs = 8;

/** Runs `work` when the page is idle (after the next paint), or soon where idle callbacks are missing. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 500 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 0);
  return () => clearTimeout(handle);
}

/**
 * How many rows `isThin` holds true for, counted in slices between frames: deciding it runs
 * bwip-js on every code (about half a millisecond each), which on a 1,000-line bill kept the
 * first preview page waiting half a second (issue #14 trace). Until the count is known it is
 * the last one counted (0 for a new document), so a copies change does not blink the badge.
 * `isThin` must change identity when its answers do (new rows, another label size).
 */
export function useThinLineCount(rows: readonly JobRow[], isThin: (row: JobRow) => boolean): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    let index = 0;
    let thin = 0;
    let cancel = () => {};
    const slice = () => {
      const until = performance.now() + sliceBudgetMs;
      while (index < rows.length && performance.now() < until) {
        if (isThin(rows[index] as JobRow)) thin++;
        index++;
      }
      if (index < rows.length) cancel = whenIdle(slice);
      else setCount(thin);
    };
    cancel = whenIdle(slice);
    return () => cancel();
  }, [rows, isThin]);
  return count;
}
