import type { RunningSimulator, SimStatsReport } from '../main/simulator/index.ts';
import type { AppUnderTest } from '../test/e2e/harness/app-under-test.ts';
import type { BenchServer } from './bench-server.ts';
import { readSyncProbe, routeCatalogAnswers, type SyncProbe, syncProbeScript } from './catalog-sync-probe.ts';

export interface AppSync {
  /** From the click on "Download catalog" to the end of the sync's last IndexedDB write, in the page. */
  syncMs: number;
  /** The same span seen from Node: click sent until the "complete" badge was found. */
  wallMs: number;
  /** Rows in the active generation. */
  count: number;
  requests: {
    /** API requests the simulator counted toward the quota window during the sync. */
    counted: number;
    /** Every API request the simulator received (faults, refusals and all). */
    received: number;
    ipc: { page: number; categories: number };
    /** The page's IPC answers by kind: `page`, and the refusals the sync learns from. */
    answers: Record<string, number>;
    /** API requests per simulator route during the sync. */
    byRoute: Record<string, number>;
  };
  /** Where the sync's time went (ms, summed over the sync; sequential, so they add up). */
  breakdown: {
    /** Read-write transactions on packsA/packsB (a page's packs plus its progress row), transaction() to complete. */
    indexedDbWriteMs: number;
    writeTransactions: number;
    /** `catalog:*` calls from the page's side: send until answer. */
    ipcRoundTripMs: number;
    /** The main-process handler alone: DealPOS client, HTTP to the simulator, zod, mapping. */
    mainHandlerMs: number;
    /** Round trip minus handler: moving the answers into the page (a same-origin POST answered with one JSON body here). */
    transportMs: number;
    /** What is left: the sync's own code, React rendering the progress, idle gaps. */
    otherMs: number;
    /**
     * A model, not a measure: the same calls and writes if page n+1 were fetched while page n is
     * written (each step costs the longer of the two), everything else unchanged.
     */
    pipelinedModelMs: number;
  };
}

const routeDelta = (before: SimStatsReport, after: SimStatsReport): Record<string, number> => {
  const delta: Record<string, number> = {};
  const b = before.byRoute as Record<string, number>;
  for (const [route, n] of Object.entries(after.byRoute as Record<string, number>)) {
    const d = n - (b[route] ?? 0);
    if (d > 0) delta[route] = d;
  }
  return delta;
};

const tally = (keys: string[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
};

/**
 * Opens the demo in the app's page, clicks "Download catalog" on the Scan screen and waits for
 * the "complete" badge. Counts requests at both ends (the simulator's stats, the IPC calls that
 * reach the main-process services) and times the sync in the page with `syncProbeScript`.
 * Catalog calls reach main's services by a same-origin POST (`routeCatalogAnswers`), nearer
 * Electron's IPC cost than the harness's Playwright bindings.
 */
export async function syncInApp(
  app: AppUnderTest,
  sim: RunningSimulator,
  /** The server the app's page came from: it carries the catalog calls (`routeCatalogAnswers`). */
  server: BenchServer,
  /** Runs with the Scan screen open and the demo connected, just before the click. */
  beforeClick: () => Promise<void> = async () => {},
): Promise<AppSync> {
  const { page } = app;
  const ipc = { page: 0, categories: 0 };
  let mainHandlerMs = 0;
  // The binding calls services.dispatch on every message, so wrapping it sees every IPC call.
  const dispatch = app.services.dispatch;
  app.services.dispatch = async (channel, sender, payload) => {
    const start = performance.now();
    try {
      return await dispatch(channel, sender, payload);
    } finally {
      if (channel === 'catalog:page') ipc.page++;
      if (channel === 'catalog:categories') ipc.categories++;
      if (channel === 'catalog:page' || channel === 'catalog:categories')
        mainHandlerMs += performance.now() - start;
    }
  };

  await routeCatalogAnswers(app, server);
  await page.addInitScript(syncProbeScript(true));
  await page.reload();
  await page.getByRole('button', { name: /Try the demo/ }).click();
  await page.getByTestId('demo-badge').waitFor();
  const download = page.getByRole('button', { name: 'Download catalog' });
  await download.waitFor();
  await beforeClick();

  const before = sim.controls.stats();
  const wallStart = performance.now();
  await download.click();
  await page.getByText('complete', { exact: true }).waitFor({ timeout: 180_000 });
  const wallMs = performance.now() - wallStart;
  const after = sim.controls.stats();
  app.services.dispatch = dispatch;

  const probe = (await page.evaluate(readSyncProbe)) as SyncProbe;
  const count = (await page.evaluate(activeCount)) as number;
  if (probe.clickAt === null) throw new Error('the probe saw no click on "Download catalog"');
  const ends = probe.transactions.map((tx) => tx.end ?? Number.NaN);
  const syncMs = Math.max(...ends) - probe.clickAt;
  const writes = probe.transactions.filter((tx) => tx.stores.some((s) => s === 'packsA' || s === 'packsB'));
  const indexedDbWriteMs = writes.reduce((sum, tx) => sum + ((tx.end ?? Number.NaN) - tx.start), 0);
  const ipcRoundTripMs = probe.calls.reduce((sum, call) => sum + (call.end - call.start), 0);
  const pageCalls = probe.calls.filter((call) => call.kind === 'page').map((call) => call.end - call.start);
  // The first item transaction clears the slot before any page arrives; one write per page follows.
  const pageWrites = writes.slice(1).map((tx) => (tx.end ?? Number.NaN) - tx.start);
  const overlapped = pageWrites.reduce(
    (sum, write, n) => sum + Math.max(write, pageCalls[n + 1] ?? 0),
    pageCalls[0] ?? 0,
  );
  const notOverlapped = syncMs - pageCalls.reduce((a, b) => a + b, 0) - pageWrites.reduce((a, b) => a + b, 0);
  return {
    syncMs,
    wallMs,
    count,
    requests: {
      counted: after.counted - before.counted,
      received: after.requests - before.requests,
      ipc,
      answers: tally(probe.calls.map((call) => call.kind ?? call.channel)),
      byRoute: routeDelta(before, after),
    },
    breakdown: {
      indexedDbWriteMs,
      writeTransactions: writes.length,
      ipcRoundTripMs,
      mainHandlerMs,
      transportMs: ipcRoundTripMs - mainHandlerMs,
      otherMs: syncMs - indexedDbWriteMs - ipcRoundTripMs,
      pipelinedModelMs: overlapped + notOverlapped,
    },
  };
}

/** Page script: the row count of the generation that answers scans (0 when none). */
const activeCount = `(async () => {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('dealpos-catalog');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const read = (store, call) => new Promise((resolve, reject) => {
      const request = call(db.transaction(store, 'readonly').objectStore(store));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const active = await read('meta', (s) => s.get('active'));
    if (!active) return 0;
    // Items, not packs: the ids index has one entry per item (renderer/src/catalog/catalog-packs.ts).
    return await read('packs' + active.slot, (s) => s.index('ids').count());
  } finally {
    db.close();
  }
})()`;
