import type { Page } from 'playwright-core';
import { scanTimes } from './catalog-figures.ts';
import { round } from './catalog-percentiles.ts';
import { installBenchScan, measureScans, type ScanFigures, scanAndWait } from './catalog-scan-bench.ts';

// Issue 14: the scan path when the session's list is long, and while a catalog sync writes
// pages in the background. Both feed the Scan screen as the catalog bench's scanToPaint does.

/**
 * Scans each of `codes` once (no figures: the session's list grows to one line per code), each
 * after the previous one's answer was measured, so the list is as a cashier's would be.
 */
export async function fillScanList(page: Page, codes: readonly string[]): Promise<void> {
  await page.getByRole('textbox', { name: 'Code' }).focus();
  await installBenchScan(page);
  for (const code of codes)
    if (!(await scanAndWait(page, code)).answered) throw new Error(`The Scan screen did not answer ${code}`);
}

/** Scan figures after `filler` different items were scanned: the session's list is that long. */
export async function measureScansOnLongList(
  page: Page,
  filler: readonly string[],
  codes: readonly string[],
): Promise<ScanFigures & { listLines: number }> {
  await fillScanList(page, filler);
  const scan = await measureScans(page, codes);
  const listLines = await page.locator('.scan-list').getAttribute('data-lines');
  return { ...scan, listLines: Number(listLines) };
}

/**
 * Starts the app's own catalog refresh ("Refresh catalog" on the Scan screen), scans `codes`
 * while it runs, and waits for it to finish. Says whether the sync was still running after the
 * last scan (else the later scans were not measured during it).
 */
export async function measureScansDuringSync(
  page: Page,
  codes: readonly string[],
): Promise<ScanFigures & { syncStillRunning: boolean; itemsSyncedDuringScans: number }> {
  const running = () => page.locator('.catalog-panel [role="status"]').isVisible();
  await page.getByRole('button', { name: 'Refresh now' }).click();
  await page.locator('.catalog-panel [role="status"]').waitFor();
  // The first pages are being written before the first scan.
  await page
    .getByTestId('sync-progress')
    .filter({ hasText: /^[1-9]/ })
    .waitFor({ timeout: 60_000 });
  // The sync gives way to scans (renderer/src/catalog/give-way.ts) but is not stopped: how far it
  // got while the cashier scanned is reported beside the times.
  const fetched = async () =>
    Number(
      ((await page.getByTestId('sync-progress').textContent()) ?? '').split(' ')[0]?.replace(/\D/g, '') || 0,
    );
  const before = await fetched();
  // Read as soon as the last scan is answered: measureScans then measures the frame interval for
  // a second, in which the sync, no longer held back, goes on at full speed.
  let syncStillRunning = false;
  let itemsSyncedDuringScans = Number.NaN;
  const scan = await measureScans(page, codes, async () => {
    syncStillRunning = await running();
    if (syncStillRunning) itemsSyncedDuringScans = (await fetched()) - before;
  });
  await page.locator('.catalog-panel [role="status"]').waitFor({ state: 'detached', timeout: 300_000 });
  await page.getByText('complete', { exact: true }).waitFor();
  return { ...scan, syncStillRunning, itemsSyncedDuringScans };
}

/** `count` different codes of the active generation (evenly spread), from the bench page. */
export async function distinctCodes(benchPage: Page, count: number): Promise<string[]> {
  return (await benchPage.evaluate(`(async () => {
    const db = new window.CatalogDb();
    const active = await db.active();
    const codes = await db.packs(active.slot).orderBy('codes').uniqueKeys();
    db.close();
    const step = codes.length / ${count};
    return Array.from({ length: Math.min(${count}, codes.length) }, (_, i) => codes[Math.floor(i * step)]);
  })()`)) as string[];
}

/** The keys these add beside a mode's `scanToPaint` in the catalog bench. */
export function scanPathFigures(
  long: Awaited<ReturnType<typeof measureScansOnLongList>>,
  heapAfterLongListMB: number,
  duringSync: Awaited<ReturnType<typeof measureScansDuringSync>>,
) {
  return {
    scanToPaintLongList: {
      listLines: long.listLines,
      answered: long.scans,
      found: long.found,
      ...scanTimes(long),
      heapMBAfter: round(heapAfterLongListMB, 1),
    },
    scanToPaintDuringSync: {
      answered: duringSync.scans,
      found: duringSync.found,
      syncStillRunningAfterScans: duringSync.syncStillRunning,
      itemsSyncedDuringScans: duringSync.itemsSyncedDuringScans,
      ...scanTimes(duringSync),
    },
  };
}
