import { execSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { startLabelsPage } from '../test/labels/support/labels-page.ts';
import { lineOf, pdfRun, previewRun } from './labels-runs.ts';
import { benchChromiumArgs, labelsOf, standInMain } from './labels-setup.ts';
import { functionTops, threadTops } from './labels-trace-analysis.ts';
import type { TraceEvent } from './scan-trace-analysis.ts';

// Issue 14, labels: where the time goes in one traced PDF run (print page drawn, then printed)
// and one first preview page of a 1,000-line bill, as bench/labels-bench.ts measures them.
// Prints the busiest threads' events (self time) and the JavaScript functions sampled.
//   node --experimental-strip-types --no-warnings bench/labels-trace.ts [pdf|preview|both] [trace-dir]
// The optional directory gets each whole trace, to open in DevTools' Performance panel.

const categories = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink',
  'blink.user_timing',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

async function traced<T>(
  cdp: CDPSession,
  work: () => Promise<T>,
): Promise<{ value: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const collect = (data: { value: unknown[] }) => events.push(...(data.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: categories },
  });
  const value = await work();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return { value, events };
}

const load = () =>
  execSync('uptime')
    .toString()
    .trim()
    .replace(/.*load average: /, '');

const what = process.argv[2] ?? 'both';
const traceDir = process.argv[3];
const standIn = standInMain();
const session = await startLabelsPage({ dispatch: standIn.dispatch, extraArgs: benchChromiumArgs });
const out = await mkdtemp(join(tmpdir(), 'labels-trace-'));
try {
  const cdp = await session.browser.newBrowserCDPSession();
  const report = async (name: string, result: { value: unknown; events: TraceEvent[] }) => {
    if (traceDir)
      await writeFile(join(traceDir, `${name}.json`), JSON.stringify({ traceEvents: result.events }));
    console.log(
      JSON.stringify(
        {
          [name]: result.value,
          load: load(),
          threads: threadTops(result.events),
          functions: functionTops(result.events),
        },
        null,
        1,
      ),
    );
  };
  if (what !== 'preview') {
    // One untraced run first: the browser's own first-time costs are not the print page's.
    await pdfRun(session, standIn, 0, out);
    await report('pdf', await traced(cdp, () => pdfRun(session, standIn, 1, out)));
  }
  if (what !== 'pdf') {
    const lines = labelsOf(1_000).map(lineOf);
    await previewRun(session, standIn, lines);
    await report('preview', await traced(cdp, () => previewRun(session, standIn, lines)));
  }
} finally {
  await session.close();
  await rm(out, { recursive: true, force: true });
}
