import type { Page } from 'playwright-core';

export interface LookupFigures {
  samples: number;
  /** Sampled codes CatalogLookup.find found (all of them, unless the catalog is wrong). */
  found: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** `objectStore(packs<slot>).index('codes').get(code)` on a connection of its own, same codes (the pack, not yet the item in it). */
  bareP50Ms: number;
  bareP99Ms: number;
  /** A lower-case code the catalog lacks: find reads the index twice (as typed, then upper-cased). */
  unknownP50Ms: number;
  unknownP99Ms: number;
  /** performance.now()'s step in the bench page: 5 µs, as it is cross-origin isolated (bench-server.ts); 0.1 ms if it were not. */
  timerStepMs: number;
}

/**
 * Page script for the bench page: `samples` codes drawn (seeded) from the active generation's
 * code index, each looked up with the app's CatalogLookup.find and with a bare IndexedDB index
 * read, in a random order per code so neither gets the warmer cache; after 200 warm-up
 * lookups of each.
 */
const lookupScript = (samples: number, seed: number) => `(async () => {
  let state = ${seed} >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const percentile = (xs, p) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1];
  };
  const db = new window.CatalogDb();
  await db.open();
  const active = await db.active();
  if (!active) throw new Error('no active catalog generation to look codes up in');
  const store = 'packs' + active.slot;
  const allCodes = await db.packs(active.slot).orderBy('codes').uniqueKeys();
  const codes = Array.from({ length: ${samples} }, () => allCodes[Math.floor(random() * allCodes.length)]);
  const lookup = new window.CatalogLookup(db);

  const raw = await new Promise((resolve, reject) => {
    const request = indexedDB.open('dealpos-catalog');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const bare = (code) => new Promise((resolve, reject) => {
    const request = raw.transaction(store, 'readonly').objectStore(store).index('codes').get(code);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const timed = async (call) => {
    const start = performance.now();
    const result = await call();
    return [performance.now() - start, result];
  };

  for (let i = 0; i < 200; i++) {
    const code = allCodes[Math.floor(random() * allCodes.length)];
    await lookup.find(code);
    await bare(code);
  }
  const findMs = [], bareMs = [];
  let found = 0;
  for (const code of codes) {
    const appFirst = random() < 0.5;
    if (!appFirst) bareMs.push((await timed(() => bare(code)))[0]);
    const [ms, item] = await timed(() => lookup.find(code));
    findMs.push(ms);
    if (item && item.code === code) found++;
    if (appFirst) bareMs.push((await timed(() => bare(code)))[0]);
  }
  const unknownMs = [];
  for (let i = 0; i < 200; i++) unknownMs.push((await timed(() => lookup.find('zz-not-sold-' + i)))[0]);

  raw.close();
  db.close();
  return {
    samples: codes.length,
    found,
    p50Ms: percentile(findMs, 50),
    p99Ms: percentile(findMs, 99),
    maxMs: Math.max(...findMs),
    bareP50Ms: percentile(bareMs, 50),
    bareP99Ms: percentile(bareMs, 99),
    unknownP50Ms: percentile(unknownMs, 50),
    unknownP99Ms: percentile(unknownMs, 99),
    timerStepMs: crossOriginIsolated ? 0.005 : 0.1,
  };
})()`;

/** Scan lookups over the synced catalog, in the bench page (see `lookupScript`). */
export async function measureLookups(benchPage: Page, samples = 10_000, seed = 42): Promise<LookupFigures> {
  return (await benchPage.evaluate(lookupScript(samples, seed))) as LookupFigures;
}

/** Some codes of the active generation (seeded draw), for the scan screen to be fed. */
export async function sampleCodes(benchPage: Page, count: number, seed = 7): Promise<string[]> {
  return (await benchPage.evaluate(`(async () => {
    let state = ${seed} >>> 0;
    const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296);
    const db = new window.CatalogDb();
    const active = await db.active();
    const codes = await db.packs(active.slot).orderBy('codes').uniqueKeys();
    db.close();
    return Array.from({ length: ${count} }, () => codes[Math.floor(random() * codes.length)]);
  })()`)) as string[];
}

export interface SettleFigures {
  /** How long until IndexedDB had answered every probe within `slowMs` for `quietMs`. */
  ms: number;
  /** Whether it got there before `maxMs`. */
  settled: boolean;
  /** Probes slower than `slowMs` meanwhile: [ms after the start, how long it took]. */
  slow: [number, number][];
}

/**
 * Waits in the bench page until Chromium's IndexedDB has calmed down after the lookup measure: a
 * `count` on the catalog's meta store every 20 ms, until `quietMs` pass with none over `slowMs`
 * (at most `maxMs`). The measure's ~21,000 reads in ~16 s left it stalling 20-100 ms at times
 * over the next ~15 s (bench/SCAN-TRACE.md, "Sixth step"), which no counter's pace causes.
 */
export async function settleAfterLookups(
  benchPage: Page,
  { quietMs = 10_000, slowMs = 10, maxMs = 30_000 } = {},
): Promise<SettleFigures> {
  return (await benchPage.evaluate(`(async () => {
    const db = new window.CatalogDb();
    await db.open();
    const count = () => db.meta.count().catch(() => 0);
    const start = performance.now();
    const slow = [];
    let quietSince = start;
    while (performance.now() - quietSince < ${quietMs} && performance.now() - start < ${maxMs}) {
      const at = performance.now();
      await count();
      const took = performance.now() - at;
      if (took > ${slowMs}) {
        slow.push([Math.round(at - start), Math.round(took)]);
        quietSince = performance.now();
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    db.close();
    const ms = Math.round(performance.now() - start);
    return { ms, settled: performance.now() - quietSince >= ${quietMs}, slow };
  })()`)) as SettleFigures;
}
