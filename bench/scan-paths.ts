import { execSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { scanTimes } from './catalog-figures.ts';
import { heapOf } from './catalog-heap.ts';
import { round } from './catalog-percentiles.ts';
import { measureScans } from './catalog-scan-bench.ts';
import { measureScansDuringSync, measureScansOnLongList } from './scan-long-list.ts';
import { openScanScreen } from './scan-setup.ts';

// Issue 14, the scan path alone (no full catalog bench): scans on a fresh list, then on a list of
// `distinct` different items, the heap after those, then scans while the app's own "Refresh now"
// writes the catalog again. The catalog is big enough for its refresh to outlast the scans.
// Run: node --experimental-strip-types --no-warnings bench/scan-paths.ts [scans=200] [variants=30000] [distinct=500]

const load = () =>
  execSync('uptime')
    .toString()
    .trim()
    .replace(/.*load average: /, '');

export async function runScanPaths(scans: number, variants: number, distinct: number) {
  const setup = await openScanScreen(variants, scans, distinct);
  const { page } = setup.app;
  try {
    const loads = [load()];
    const short = await measureScans(page, setup.codes);
    const heapShort = await heapOf(page);
    loads.push(load());
    const long = await measureScansOnLongList(page, setup.distinct, setup.codes);
    const heapLong = await heapOf(page);
    loads.push(load());
    const duringSync = await measureScansDuringSync(page, [...setup.codes].reverse());
    loads.push(load());
    return {
      load: loads.join(' | '),
      scanToPaint: scanTimes(short),
      scanToPaintLongList: { listLines: long.listLines, ...scanTimes(long) },
      scanToPaintDuringSync: {
        syncStillRunning: duringSync.syncStillRunning,
        itemsSyncedDuringScans: duringSync.itemsSyncedDuringScans,
        ...scanTimes(duringSync),
      },
      heapMB: {
        afterScans: round(heapShort.usedMB, 1),
        afterLongList: round(heapLong.usedMB, 1),
        domNodesAfterLongList: heapLong.nodes,
      },
      pageErrors: setup.app.pageErrors,
    };
  } finally {
    await setup.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [scans = '200', variants = '30000', distinct = '500'] = process.argv.slice(2);
  console.log(JSON.stringify(await runScanPaths(Number(scans), Number(variants), Number(distinct)), null, 2));
}
