import type { Page } from 'playwright-core';
import { dispatchKeysAtPace } from '../test/e2e/harness/scanner-keys.ts';
import { percentile } from './catalog-percentiles.ts';

export interface ScanFigures {
  scans: number;
  /** Scans the screen showed as found (every code is in the catalog). */
  found: number;
  /** The others: the code, whether the screen answered at all, its answer panel and its Code field. */
  missed: { code: string; answered: boolean; shown: string | null; field: string | null }[];
  /** The scan screen's own `scan-to-paint` measures (handleCode's start to two frames later). */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The first scan's measure: it also creates the page's AudioContext for the beep. */
  firstMs: number;
  /** From the Enter key to the answer panel in the DOM (`scanProbeScript`): what the next frame paints. */
  commitP50Ms: number;
  commitP99Ms: number;
  commitMaxMs: number;
  /** The page's median frame interval (requestAnimationFrame to requestAnimationFrame). */
  frameMs: number;
  /** The three slowest scans: which one (0 = first), its scan-to-paint and its Enter-to-DOM. */
  slowest: { scan: number; ms: number; enterToDomMs: number | null }[];
}

/**
 * Page script (an init script: its key listener must come before the scanner wedge's, which
 * stops the Enter it takes): times each scan from the Enter key to the moment the answer panel
 * (`scan-found` / `scan-not-found`) shows a new scan in the DOM, as a MutationObserver sees it:
 * a new panel node, or the kept one's `data-scan` (the scan store's serial) changed. The frame after that paints it.
 */
export const scanProbeScript = `(() => {
  const commits = [];
  Object.defineProperty(window, '__scanCommits', { value: commits });
  let enterAt = null;
  let shown = null;
  let shownScan = null;
  window.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') enterAt = performance.now();
  }, true);
  new MutationObserver(() => {
    if (enterAt === null) return;
    const panel = document.querySelector('[data-testid="scan-found"], [data-testid="scan-not-found"]');
    const scan = panel && panel.getAttribute('data-scan');
    if (!panel || (panel === shown && scan === shownScan)) return;
    shown = panel;
    shownScan = scan;
    commits.push(performance.now() - enterAt);
    enterAt = null;
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-scan'] });
})();`;

/** Page script: the median interval between 60 animation frames. */
const frameInterval = `new Promise((resolve) => {
  const times = [];
  const tick = (t) => {
    times.push(t);
    if (times.length < 61) return requestAnimationFrame(tick);
    const gaps = times.slice(1).map((t, i) => t - times[i]).sort((a, b) => a - b);
    resolve(gaps[Math.floor(gaps.length / 2)]);
  };
  requestAnimationFrame(tick);
})`;

/**
 * Page script: `window.__benchScan(code)` plays one scan of `code` as a USB scanner (keys 4 ms
 * apart, then Enter), waits until the Scan screen measured its `scan-to-paint` (a
 * PerformanceObserver counts the measures), and answers whether it did (false after 5 s without)
 * and the answer panel's text. Installed once per page load: the page is the app's own, and what
 * the harness leaves in its heap the app's garbage collector collects, inside the app's scans.
 * Compiled anew for every scan, the earlier per-scan script, its 10 ms polling of every measure so
 * far, and a Playwright locator reading the panel afterwards made ~30 kB of garbage a scan, about
 * as much as the app's own (a sampling heap profile, bench/SCAN-TRACE.md "Seventh step").
 */
const benchScanScript = `(() => {
  if (window.__benchScan) return;
  const dispatch = ${dispatchKeysAtPace};
  let measured = 0;
  let waiter = null;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'scan-to-paint') measured++;
    if (waiter) waiter();
  }).observe({ type: 'measure' });
  window.__benchScan = async (code) => {
    // A cashier's scan comes at any moment of a frame; right after the last scan's measure (the
    // task after a frame) every scan would start at the same point of one.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 17));
    const before = measured;
    dispatch(code, 4, true);
    return new Promise((resolve) => {
      const answer = (answered) => {
        clearTimeout(timer);
        waiter = null;
        const panel = document.querySelector('.item-panel');
        resolve({ answered, shown: panel ? panel.textContent : null });
      };
      const timer = setTimeout(() => answer(false), 5000);
      waiter = () => {
        if (measured > before) answer(true);
      };
    });
  };
})()`;

/** Installs `window.__benchScan` in the page (once a page load; again after a reload). */
export async function installBenchScan(page: Page): Promise<void> {
  await page.evaluate(benchScanScript);
}

/** What one played scan came to: whether the screen measured it, and its answer panel's text. */
export interface PlayedScan {
  answered: boolean;
  shown: string | null;
}

/**
 * Plays one scan of `code` (see `benchScanScript`, installed with `installBenchScan`) and waits,
 * in the same page call, until the Scan screen measured its `scan-to-paint`. Nothing from the
 * harness reaches the page while it answers: typing in one call and waiting in a second
 * (Playwright's `waitForFunction`) put the second call's DevTools commands on the page's thread
 * in the middle of the scan, where a counter has nothing, and 4.5x as many scans went over 6 ms
 * Enter-to-DOM (18 of 400 against 4 of 400, same page, alternating rounds; bench/SCAN-TRACE.md
 * "Fifth step").
 */
export function scanAndWait(page: Page, code: string): Promise<PlayedScan> {
  return page.evaluate<PlayedScan, string>(
    (scanned) =>
      (globalThis as unknown as { __benchScan(code: string): Promise<PlayedScan> }).__benchScan(scanned),
    code,
  );
}

/**
 * Scans `codes` on the app's Scan screen as a USB scanner would (keys 4 ms apart, then Enter),
 * one after the other, each once its answer was measured, and reads the screen's
 * `scan-to-paint` entries, and the commit times `scanProbeScript` took (it must have been added
 * before the page loaded). The screen must be open with its catalog downloaded.
 */
export async function measureScans(
  page: Page,
  codes: readonly string[],
  /** Runs right after the last scan, before the figures are read (the frame interval alone takes a second). */
  afterLastScan?: () => Promise<void>,
): Promise<ScanFigures> {
  const measures = () =>
    page.evaluate("performance.getEntriesByName('scan-to-paint').length") as Promise<number>;
  const already = await measures();
  const input = page.getByRole('textbox', { name: 'Code' });
  await input.focus();
  // Playwright evaluates its own ~300 kB helper script in the page at its first waitForFunction:
  // done here, not inside the first scan's measure (a trace showed it add ~60 ms there).
  await page.waitForFunction(() => true);
  let found = 0;
  const missed: ScanFigures['missed'] = [];
  await installBenchScan(page);
  for (const code of codes) {
    const { answered, shown } = await scanAndWait(page, code);
    if (answered && shown?.includes(code)) found++;
    else missed.push({ code, answered, shown, field: await input.inputValue().catch(() => null) });
  }
  await afterLastScan?.();
  const commits = ((await page.evaluate('window.__scanCommits')) as number[]).slice(-codes.length);
  const durations = (
    (await page.evaluate(
      "performance.getEntriesByName('scan-to-paint').map((entry) => entry.duration)",
    )) as number[]
  ).slice(already);
  return {
    scans: durations.length,
    found,
    missed,
    p50Ms: percentile(durations, 50),
    p99Ms: percentile(durations, 99),
    maxMs: Math.max(...durations),
    firstMs: durations[0] ?? Number.NaN,
    commitP50Ms: percentile(commits, 50),
    commitP99Ms: percentile(commits, 99),
    commitMaxMs: Math.max(...commits),
    frameMs: (await page.evaluate(frameInterval)) as number,
    slowest: durations
      .map((ms, scan) => ({ scan, ms, enterToDomMs: commits[scan] ?? null }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3),
  };
}
