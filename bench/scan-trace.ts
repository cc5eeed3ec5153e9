import { execSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { scanTimes } from './catalog-figures.ts';
import { round } from './catalog-percentiles.ts';
import { measureScans } from './catalog-scan-bench.ts';
import { openScanScreen } from './scan-setup.ts';
import { type TraceEvent, topOfTrace } from './scan-trace-analysis.ts';

// Issue 14: where the Scan screen's time goes between a scan and its paint. Opens the app's real
// renderer build with a small synced catalog, scans `scans` codes untraced (the figures, as the
// catalog bench's scanToPaint), then as many again under a Chromium trace, and prints the main
// thread's top events and JavaScript functions inside the scan-to-paint windows.
// Run: node --experimental-strip-types --no-warnings bench/scan-trace.ts [scans=30] [variants=3000] [trace.json]
// The optional file gets the whole trace, to open in DevTools' Performance panel.

const categories = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

async function traced(page: Page, codes: string[]): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: categories },
  });
  await measureScans(page, codes);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return events;
}

const load = () =>
  execSync('uptime')
    .toString()
    .trim()
    .replace(/.*load average: /, '');

export async function runScanTrace(scans: number, variants: number, traceFile?: string) {
  const setup = await openScanScreen(variants, scans);
  try {
    const loadBefore = load();
    const scan = await measureScans(setup.app.page, setup.codes);
    const slowest = (await setup.app.page.evaluate(
      "performance.getEntriesByName('scan-to-paint').map((entry) => Math.round(entry.duration))",
    )) as number[];
    const figures = {
      load: `${loadBefore} -> ${load()}`,
      scans: scan.scans,
      found: scan.found,
      ...scanTimes(scan),
      slowestMs: slowest.sort((a, b) => b - a).slice(0, 8),
    };
    const events = await traced(setup.app.page, [...setup.codes].reverse());
    if (traceFile) await writeFile(traceFile, JSON.stringify({ traceEvents: events }));
    const trace = topOfTrace(events);
    const ms = (n: number) => round(n, 1);
    return {
      figures,
      trace: {
        windows: trace.windows,
        windowMs: ms(trace.windowMs),
        longTasks: { count: trace.longTasks.count, maxMs: ms(trace.longTasks.maxMs) },
        events: trace.events.map((e) => `${ms(e.selfMs)} ms  ${e.name} ×${e.count}`),
        functions: trace.functions.map((f) => `${ms(f.selfMs)} ms  ${f.fn}`),
      },
      pageErrors: setup.app.pageErrors,
    };
  } finally {
    await setup.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [scans = '30', variants = '3000', traceFile] = process.argv.slice(2);
  console.log(JSON.stringify(await runScanTrace(Number(scans), Number(variants), traceFile), null, 2));
}
