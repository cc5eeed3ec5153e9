import type { AppSync } from './catalog-app-sync.ts';
import type { BulkWriteFigures } from './catalog-bulk-write.ts';
import type { HeapFigures } from './catalog-heap.ts';
import type { LookupFigures } from './catalog-lookup-bench.ts';
import { round } from './catalog-percentiles.ts';
import type { RawDownload } from './catalog-raw-download.ts';
import type { ScanFigures } from './catalog-scan-bench.ts';

/** Everything one mode (Category required or optional) measured. */
export interface ModeMeasures {
  /** The request goal for a full sync in this mode. */
  goal: number;
  categories: number;
  sync: AppSync;
  /** Raw downloads of the same pages (before and after the sync). */
  raw: RawDownload[];
  transport: { harnessBindingMs: number; jsonBindingMs: number; postMs: number };
  lookup: LookupFigures;
  heap: { beforeSync: HeapFigures | null; afterSync: HeapFigures; afterScans: HeapFigures };
  scanned: number;
  scan: ScanFigures;
  /** Page errors and CSP violations the app's page reported, expected none. */
  pageErrors: string[];
}

/**
 * The sync's limit: the longer of the raw download and a bare bulk write of the same rows, one
 * record per item (issue #14's definition, at the faster of the Dexie and plain IndexedDB rates,
 * so the limit is the strictest of the two), and how far the sync is from it. `syncLimitPacked*`:
 * the same with the packed write's rate (the sync's own way of writing, stricter), for information.
 */
export function syncLimit(syncMs: number, rawDownloadMs: number, rows: number, bulk: BulkWriteFigures) {
  const bareWriteMs = (rows / Math.max(bulk.dexieRowsPerSecond, bulk.rawRowsPerSecond)) * 1000;
  const syncLimitMs = Math.max(rawDownloadMs, bareWriteMs);
  const packedLimitMs = Math.max(rawDownloadMs, (rows / bulk.packedRowsPerSecond) * 1000);
  return {
    syncLimitMs: Math.round(syncLimitMs),
    syncLimitRatio: round(syncMs / syncLimitMs),
    syncLimitPackedMs: Math.round(packedLimitMs),
    syncLimitPackedRatio: round(syncMs / packedLimitMs),
  };
}

const heapMB = (heap: HeapFigures | null) => (heap === null ? null : round(heap.usedMB, 1));

/** The JSON the bench prints for one mode: rounded figures next to their goals. */
/** A scan run's times as the bench prints them (ms, one decimal). */
export function scanTimes(scan: ScanFigures) {
  return {
    p50Ms: round(scan.p50Ms, 1),
    p99Ms: round(scan.p99Ms, 1),
    maxMs: round(scan.maxMs, 1),
    firstMs: round(scan.firstMs, 1),
    enterToDomP50Ms: round(scan.commitP50Ms, 1),
    enterToDomP99Ms: round(scan.commitP99Ms, 1),
    enterToDomMaxMs: round(scan.commitMaxMs, 1),
    frameMs: round(scan.frameMs, 1),
    slowest: scan.slowest.map((slow) => ({
      scan: slow.scan,
      ms: round(slow.ms, 1),
      enterToDomMs: slow.enterToDomMs === null ? null : round(slow.enterToDomMs, 1),
    })),
  };
}

export function modeFigures(m: ModeMeasures): Record<string, unknown> {
  const { sync, lookup, scan } = m;
  const { breakdown } = sync;
  const rawMs = Math.min(...m.raw.map((run) => run.ms));
  const withoutTransport = sync.syncMs - breakdown.transportMs;
  return {
    requests: {
      used: sync.requests.counted,
      goal: m.goal,
      withinGoal: sync.requests.counted <= m.goal,
      categories: m.categories,
      ipcCalls: sync.requests.ipc,
      ipcAnswers: sync.requests.answers,
      rawDownloadRequests: m.raw[0]?.requests ?? null,
    },
    rowsSynced: sync.count,
    syncMs: Math.round(sync.syncMs),
    syncWallMs: Math.round(sync.wallMs),
    rawDownloadMs: Math.round(rawMs),
    rawDownloadRunsMs: m.raw.map((run) => Math.round(run.ms)),
    ratio: round(sync.syncMs / rawMs),
    goalRatio: 1.25,
    syncBreakdownMs: {
      indexedDbWrite: Math.round(breakdown.indexedDbWriteMs),
      ipcRoundTrips: Math.round(breakdown.ipcRoundTripMs),
      mainHandlers: Math.round(breakdown.mainHandlerMs),
      transport: Math.round(breakdown.transportMs),
      other: Math.round(breakdown.otherMs),
    },
    pipelinedModelMs: Math.round(breakdown.pipelinedModelMs),
    syncWithoutTransportMs: Math.round(withoutTransport),
    ratioWithoutTransport: round(withoutTransport / rawMs),
    transportMsPerPage: {
      harnessObjectBinding: round(m.transport.harnessBindingMs, 1),
      jsonStringBinding: round(m.transport.jsonBindingMs, 1),
      sameOriginPost: round(m.transport.postMs, 1),
    },
    rowsPerSecond: Math.round(sync.count / (breakdown.indexedDbWriteMs / 1000)),
    msPerPageWrite: round(breakdown.indexedDbWriteMs / breakdown.writeTransactions, 1),
    lookup: {
      samples: lookup.samples,
      found: lookup.found,
      p50Ms: round(lookup.p50Ms, 3),
      p99Ms: round(lookup.p99Ms, 3),
      maxMs: round(lookup.maxMs, 3),
      bareP50Ms: round(lookup.bareP50Ms, 3),
      bareP99Ms: round(lookup.bareP99Ms, 3),
      unknownLowerCaseP50Ms: round(lookup.unknownP50Ms, 3),
      unknownLowerCaseP99Ms: round(lookup.unknownP99Ms, 3),
      goalP99Ms: 2,
      timerStepMs: lookup.timerStepMs,
    },
    heapMB: {
      beforeSync: heapMB(m.heap.beforeSync),
      afterSync: heapMB(m.heap.afterSync),
      afterScans: heapMB(m.heap.afterScans),
      domNodesAfterScans: m.heap.afterScans.nodes,
    },
    scanToPaint: {
      scanned: m.scanned,
      answered: scan.scans,
      found: scan.found,
      ...(scan.missed.length > 0 ? { missed: scan.missed.slice(0, 5) } : {}),
      ...scanTimes(scan),
      goalMs: 16.7,
    },
    ...(m.pageErrors.length > 0 ? { pageErrors: m.pageErrors } : {}),
  };
}
