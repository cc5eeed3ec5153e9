// The catalog sync's figures alone, for one mode: raw download, the sync in the app's page, the
// bare bulk write of the same rows, and the sync's limit. A minute instead of the whole bench's
// five, for comparing an ingest change before and after on a shared machine.
// `node --experimental-strip-types --no-warnings bench/catalog-sync-only.ts [--required]`
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { startSimulator } from '../main/simulator/index.ts';
import { contentSecurityPolicy } from '../main/window/content-security-policy.ts';
import { launchApp } from '../test/e2e/harness/app-under-test.ts';
import { chromiumArgs, findChromium } from '../test/e2e/harness/find-chromium.ts';
import { ensureRendererBuilt } from '../test/e2e/harness/renderer-build.ts';
import { serveBench } from './bench-server.ts';
import { syncInApp } from './catalog-app-sync.ts';
import { measureBulkWrite } from './catalog-bulk-write.ts';
import { syncLimit } from './catalog-figures.ts';
import { buildBenchPage } from './catalog-page-build.ts';
import { round } from './catalog-percentiles.ts';
import { rawDownload } from './catalog-raw-download.ts';

const variants = 100_000;
const pageSize = 1000;
const bulkRows = 30_000;

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** The page main thread's self time per function over the sync (top 15, ms), from a CPU profile. */
function selfTimes(profile: CpuProfile): Record<string, number> {
  const names = new Map(
    profile.nodes.map((n) => {
      const file = n.callFrame.url.split('/').at(-1) ?? '';
      return [n.id, `${n.callFrame.functionName || '(anon)'} ${file}:${n.callFrame.lineNumber}`];
    }),
  );
  const ms = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const name = names.get(id) ?? '?';
    ms.set(name, (ms.get(name) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  return Object.fromEntries(
    [...ms]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([k, v]) => [k, Math.round(v)]),
  );
}

export async function runSyncOnly(
  categoryRequired: boolean,
  profile = false,
): Promise<Record<string, unknown>> {
  const loadAtStart = loadavg()[0] ?? 0;
  const server = await serveBench(await ensureRendererBuilt(), await buildBenchPage(), contentSecurityPolicy);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: chromiumArgs,
    headless: true,
  });
  const sim = await startSimulator({
    profile: 'docs',
    variants,
    categoryRequired,
    maxPageSize: pageSize,
    rateLimit: { limit: 100_000, windowSeconds: 180 },
    quiet: true,
  });
  try {
    const raw = await rawDownload(sim.baseUrl, sim.credentials.full, {
      pageSize,
      byCategory: categoryRequired,
    });
    const app = await launchApp(
      { browser, server, close: async () => {} },
      {
        startDemo: async () => ({
          baseUrl: sim.baseUrl,
          credentials: sim.credentials.full,
          close: async () => {},
        }),
      },
    );
    try {
      const cdp = profile ? await app.page.context().newCDPSession(app.page) : null;
      const sync = await syncInApp(app, sim, server, async () => {
        await cdp?.send('Profiler.enable');
        await cdp?.send('Profiler.setSamplingInterval', { interval: 1000 });
        await cdp?.send('Profiler.start');
      });
      const hot = cdp ? selfTimes((await cdp.send('Profiler.stop')).profile) : null;
      const benchPage = await app.page.context().newPage();
      await benchPage.goto(server.benchUrl);
      await benchPage.waitForFunction(
        () => (globalThis as { catalogBenchReady?: boolean }).catalogBenchReady === true,
      );
      const bulkWrite = await measureBulkWrite(benchPage, bulkRows);
      await benchPage.close();
      const { breakdown } = sync;
      return {
        mode: categoryRequired ? 'categoryRequired' : 'categoryOptional',
        rowsSynced: sync.count,
        syncMs: Math.round(sync.syncMs),
        rawDownloadMs: Math.round(raw.ms),
        rowsPerSecond: Math.round(sync.count / (breakdown.indexedDbWriteMs / 1000)),
        msPerPageWrite: round(breakdown.indexedDbWriteMs / breakdown.writeTransactions, 1),
        writeTransactions: breakdown.writeTransactions,
        ipcRoundTripMs: Math.round(breakdown.ipcRoundTripMs),
        transportMs: Math.round(breakdown.transportMs),
        bulkWrite,
        ...syncLimit(sync.syncMs, raw.ms, sync.count, bulkWrite),
        pageErrors: [...app.pageErrors, ...app.cspViolations],
        ...(hot ? { mainThreadSelfMs: hot } : {}),
        loadAverage1m: { atStart: loadAtStart, atEnd: loadavg()[0] ?? 0 },
      };
    } finally {
      await app.close();
    }
  } finally {
    await sim.close();
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(
    JSON.stringify(
      await runSyncOnly(process.argv.includes('--required'), process.argv.includes('--profile')),
      null,
      2,
    ),
  );
}
