import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { startSimulator } from '../main/simulator/index.ts';
import { contentSecurityPolicy } from '../main/window/content-security-policy.ts';
import { launchApp } from '../test/e2e/harness/app-under-test.ts';
import { chromiumArgs, findChromium } from '../test/e2e/harness/find-chromium.ts';
import { ensureRendererBuilt } from '../test/e2e/harness/renderer-build.ts';
import { type BenchServer, serveBench } from './bench-server.ts';
import { syncInApp } from './catalog-app-sync.ts';
import { type BulkWriteFigures, measureBulkWrite } from './catalog-bulk-write.ts';
import { modeFigures, syncLimit } from './catalog-figures.ts';
import { type HeapFigures, heapOf } from './catalog-heap.ts';
import { measureLookups, sampleCodes, settleAfterLookups } from './catalog-lookup-bench.ts';
import { buildBenchPage } from './catalog-page-build.ts';
import { round } from './catalog-percentiles.ts';
import { rawDownload } from './catalog-raw-download.ts';
import { catalogRequestsBySource } from './catalog-requests.ts';
import { measureScans, scanProbeScript } from './catalog-scan-bench.ts';
import { transportCost } from './catalog-sync-probe.ts';
import {
  distinctCodes,
  measureScansDuringSync,
  measureScansOnLongList,
  scanPathFigures,
} from './scan-long-list.ts';

// Issue 4's figures: a 100,000-variant catalog synced from the simulator into the app's real
// IndexedDB in Chromium, against the time to merely download the same pages; scan lookups; heap;
// scan-to-paint. A generous quota so the figures measure the engine, not DealPOS's 50 per 180 s.

const variants = 100_000;
const pageSize = 1000;
/**
 * Scans a run: the p99 of 50 (nearest rank) is the slowest scan, one scheduling hiccup of this
 * machine; of 200 it is the third slowest, and the slowest is printed beside it (maxMs).
 */
const scans = 200;
/** Different items scanned before the long-list scans (issue 14). */
const longList = 500;
/**
 * Lookups of each kind: a p99 of 1 ms rests on its 100 slowest, and at 2,000 (20 of them) the
 * ratio of the two p99s swung from 0.73 to 1.31 between runs with nothing changed.
 */
const lookups = 10_000;
/** Rows copied in the bulk-write measure: enough for a steady rate, few enough for the time budget. */
const bulkRows = 30_000;
/** DealPOS's window, and the share the governor keeps from background work. */
const realWindow = { limit: 50, seconds: 180, backgroundReserve: 0.2 };

const quotaMinutes = (requests: number) =>
  round((requests / (realWindow.limit * (1 - realWindow.backgroundReserve))) * (realWindow.seconds / 60), 1);

let started = performance.now();
/** Progress on stderr, so stdout stays one JSON object. */
const progress = (message: string) =>
  console.error(`[catalog-bench ${((performance.now() - started) / 1000).toFixed(1)} s] ${message}`);

/** One full pass with Category required or not: its own simulator, app, IndexedDB and figures. */
async function benchMode(
  browser: Browser,
  server: BenchServer,
  categoryRequired: boolean,
  withBulkWrite: boolean,
): Promise<{ figures: Record<string, unknown>; bulkWrite: BulkWriteFigures | null }> {
  const sim = await startSimulator({
    // The reference pages' store: no /Product there (one refused request), so these figures
    // measure the /Variant sync with and without Category; requestsBySource covers /Product.
    profile: 'docs',
    variants,
    categoryRequired,
    maxPageSize: pageSize,
    rateLimit: { limit: 100_000, windowSeconds: 180 },
    quiet: true,
  });
  const mode = categoryRequired ? 'category required' : 'category optional';
  progress(`${mode}: simulator up`);
  try {
    const fixtures = sim.controls.fixtures();
    const total = fixtures.variantCount;
    const goal = Math.ceil(total / pageSize) + 3 + (categoryRequired ? fixtures.categories.length : 0);
    const download = () =>
      rawDownload(sim.baseUrl, sim.credentials.full, { pageSize, byCategory: categoryRequired });
    // Once before the sync (simulator cold) and once after (warm): the faster is the floor.
    const rawBefore = await download();
    progress(`${mode}: raw download ${Math.round(rawBefore.ms)} ms`);

    const app = await launchApp(
      { browser, server, close: async () => {} },
      // The bench closes the simulator itself: it is still needed after the app is gone.
      {
        startDemo: async () => ({
          baseUrl: sim.baseUrl,
          credentials: sim.credentials.full,
          close: async () => {},
        }),
      },
    );
    try {
      await app.page.addInitScript(scanProbeScript); // syncInApp reloads the page
      let heapBefore: HeapFigures | null = null;
      const sync = await syncInApp(app, sim, server, async () => {
        heapBefore = await heapOf(app.page);
      });
      progress(`${mode}: sync ${Math.round(sync.syncMs)} ms, ${sync.requests.counted} requests`);
      const heapAfterSync = await heapOf(app.page);
      const rawAfter = await download();
      const transport = await transportCost(
        app.page,
        categoryRequired ? (fixtures.categories[0] ?? null) : null,
        pageSize,
      );

      const openBenchPage = async () => {
        const benchPage = await app.page.context().newPage();
        await benchPage.goto(server.benchUrl);
        await benchPage.waitForFunction(
          () => (globalThis as { catalogBenchReady?: boolean }).catalogBenchReady === true,
        );
        return benchPage;
      };
      // The lookup measure, then a wait until IndexedDB has calmed down after it (see
      // settleAfterLookups): without it a pair of plain scans waited 60-100 ms in every run.
      // Measured after the scans instead, the lookups met the app's second sync's clean-up.
      const benchPage = await openBenchPage();
      const lookup = await measureLookups(benchPage, lookups);
      progress(`${mode}: lookups p99 ${lookup.p99Ms} ms`);
      const codes = await sampleCodes(benchPage, scans);
      const differentCodes = await distinctCodes(benchPage, longList);
      const settle = await settleAfterLookups(benchPage);
      await benchPage.close();
      progress(`${mode}: IndexedDB quiet after ${settle.ms} ms (${settle.slow.length} slow reads)`);

      const scan = await measureScans(app.page, codes);
      progress(`${mode}: scans p99 ${scan.p99Ms} ms`);
      const heapAfterScans = await heapOf(app.page);
      // Issue 14: the same scans on a session list of `longList` different items, then while the
      // app's own "Refresh now" writes the catalog again.
      const long = await measureScansOnLongList(app.page, differentCodes, codes);
      const heapAfterLongList = await heapOf(app.page);
      progress(`${mode}: scans on a ${long.listLines}-line list p99 ${long.p99Ms} ms`);
      const duringSync = await measureScansDuringSync(app.page, [...codes].reverse());
      progress(`${mode}: scans during a sync p99 ${duringSync.p99Ms} ms`);
      // The bare bulk write last: its databases share the app's LevelDB (one per origin), and
      // two scans made 2.5 s after it (it deletes them again) waited 43 and 87 ms for IndexedDB.
      let bulkWrite: BulkWriteFigures | null = null;
      if (withBulkWrite) {
        const bulkPage = await openBenchPage();
        bulkWrite = await measureBulkWrite(bulkPage, bulkRows);
        await bulkPage.close();
      }
      if (bulkWrite) progress(`bulk write ${bulkWrite.dexieRowsPerSecond} rows/s`);

      const figures = modeFigures({
        goal,
        categories: fixtures.categories.length,
        sync,
        raw: [rawBefore, rawAfter],
        transport,
        lookup,
        heap: { beforeSync: heapBefore, afterSync: heapAfterSync, afterScans: heapAfterScans },
        scanned: codes.length,
        scan,
        pageErrors: [...app.pageErrors, ...app.cspViolations],
      });
      Object.assign(figures, scanPathFigures(long, heapAfterLongList.usedMB, duringSync), {
        settleAfterLookups: settle,
      });
      return { figures, bulkWrite };
    } finally {
      await app.close();
    }
  } finally {
    await sim.close();
  }
}

/**
 * Runs the catalog benchmarks of issue 4 in Chromium against a 100,000-variant simulator, with
 * Category optional and then required, and returns the figures (a few minutes on two cores).
 * Starts and stops its own server, browser and simulators.
 */
export async function runCatalogBench(): Promise<Record<string, unknown>> {
  started = performance.now();
  const server = await serveBench(await ensureRendererBuilt(), await buildBenchPage(), contentSecurityPolicy);
  try {
    const browser = await chromium.launch({
      executablePath: findChromium(),
      args: chromiumArgs,
      headless: true,
    });
    try {
      const optional = await benchMode(browser, server, false, true);
      const required = await benchMode(browser, server, true, false);
      const requestsBySource = await catalogRequestsBySource();
      const used = (mode: Record<string, unknown>) => (mode.requests as { used: number }).used;
      const bulk = optional.bulkWrite;
      const withLimit = (mode: Record<string, unknown>) => {
        const { syncMs, rawDownloadMs, rowsSynced } = mode as Record<string, number>;
        return bulk
          ? { ...mode, ...syncLimit(syncMs ?? 0, rawDownloadMs ?? 0, rowsSynced ?? 0, bulk) }
          : mode;
      };
      return {
        catalog: {
          variants,
          pageSize,
          categoryOptional: withLimit(optional.figures),
          categoryRequired: withLimit(required.figures),
          bulkWrite: optional.bulkWrite,
          requestsBySource,
          realQuotaMinutes: {
            categoryOptional: quotaMinutes(used(optional.figures)),
            categoryRequired: quotaMinutes(used(required.figures)),
            assumes: '50 requests per 180 s, 20% kept for interactive work: 40 sync requests per window',
          },
          method: [
            'syncMs: in the page, from the click on "Download catalog" to the end of the sync\'s last IndexedDB write.',
            "rawDownloadMs: the same list pages fetched one by one with the app's DealPOS client in Node; faster of a run before and after the sync.",
            "Catalog IPC calls reach main's services by a same-origin POST to the bench server, answered with one JSON body (transport; Electron's structured-clone IPC also costs milliseconds a page); transportMsPerPage compares it with the harness's Playwright object binding and a JSON-string binding, which cost far more.",
            'pipelinedModelMs: computed from the measured calls and writes as if page n+1 were fetched while page n is written; not a run.',
            "rowsPerSecond: rows / time inside the sync's pack write transactions (in its write worker, timed there from transaction() to complete; handing the rows to the worker is in syncMs, not in this); bulkWrite: the same rows copied into fresh databases in a page of their own: one record per item with Dexie's bulkPut (dexie) and with plain puts at relaxed durability (raw) on an 'id, code' table (the schema before packs), and as the sync writes them now, packs of 25 items (packed).",
            'syncLimitMs: the longer of rawDownloadMs and a bare bulk write of rowsSynced, one record per item, at the faster of the dexie and raw rates (the issue\'s "bare bulk write"); syncLimitRatio = syncMs / syncLimitMs (goal <= 1.25). syncLimitPackedMs / syncLimitPackedRatio: the same at the packed rate (stricter; for information).',
            "lookup: CatalogLookup.find vs a bare index('codes').get of the pack, same codes, random order per code, in a page of its own on the app's origin (same database), cross-origin isolated so that its performance.now() steps by 5 µs (the app's page, like any page that is not, by 0.1 ms: a tenth of the lookup).",
            "scanToPaint: the Scan screen's own measure, which ends at the second animation frame after the answer, so one frame is its floor; enterToDom: Enter key to the answer panel in the DOM (painted by the next frame).",
            'scanToPaintDuringSync: the same scans while the app\'s "Refresh now" sync runs; the sync gives way to scans (before each next page it waits until no scan came for 400 ms; after 3 s it goes right after an answer, after 6 s whatever happens), so itemsSyncedDuringScans says how far it still got meanwhile. slowest: the three slowest scans of a run (0 = the first), with their Enter-to-DOM.',
          ],
        },
      };
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await runCatalogBench(), null, 2));
}
