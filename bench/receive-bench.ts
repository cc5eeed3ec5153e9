// Received-goods count bench (issue #15): a 120-unit supplier bill (12 lines of 10) counted with
// scanner-speed scans in the app's real renderer build (its Labels tab, "Check received goods")
// over a stand-in main. Each scan is typed as a USB scanner types it (4 ms a key, then Enter) and
// the next one starts only once the screen has answered and painted the one before (its answer
// saved to IndexedDB first), so the figure is how many scans a minute the screen keeps up with.
// Prints one JSON object.
//
//   node --experimental-strip-types --no-warnings bench/receive-bench.ts

import { availableParallelism, loadavg } from 'node:os';
import type { LabelDocument } from '../main/app-contract.ts';
import { ensureRendererBuilt } from '../test/e2e/harness/renderer-build.ts';
import { startLabelsPage } from '../test/labels/support/labels-page.ts';
import { standInMain } from './labels-setup.ts';

const lines = 12;
const unitsPerLine = 10;
const keyIntervalMs = 4;

const document: LabelDocument = {
  kind: 'bill',
  outlet: 'Pluit',
  number: 'PB/2026/11/0120',
  fetchedAt: Date.now(),
  lines: Array.from({ length: lines }, (_, i) => ({
    variantId: `v${i}`,
    name: `Kaos Polos Cotton Combed 30s (${['S', 'M', 'L', 'XL'][i % 4]}) #${i}`,
    code: `89910021${String(10_000 + i)}`,
    quantity: unitsPerLine,
    unitPrice: 45_000 + i * 1_000,
  })),
};

/** Every unit of the bill, in the order a person takes them out of the boxes (line by line). */
const scans = document.lines.flatMap((line) => Array<string>(line.quantity).fill(line.code));

// Main stood in for as the label bench does (a demo connection at Pluit, the built-in label
// sizes); its looked-up document is this bill.
const standIn = standInMain();
standIn.document = document;

/**
 * Runs inside the page: types each code as a scanner (key events with timestamps 4 ms apart,
 * as test/e2e/harness/scanner-keys.ts does), waits for the answer's serial to move on and for the
 * frame after it to be painted, and gives back each scan's time from its first key to painted.
 */
const countInPage = `(async (codes, interval) => {
  const codeOf = (ch) => (/[0-9]/.test(ch) ? 'Digit' + ch : 'Key' + ch.toUpperCase());
  const serial = () => Number(document.querySelector('[data-answer]')?.getAttribute('data-serial') ?? 0);
  const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const times = [];
  for (const code of codes) {
    const before = serial();
    const start = performance.now();
    let at = start;
    for (const key of [...code, 'Enter']) {
      const target = document.activeElement || document.body;
      for (const type of ['keydown', 'keyup']) {
        const event = new KeyboardEvent(type, { key, code: key === 'Enter' ? 'Enter' : codeOf(key), bubbles: true, cancelable: true });
        Object.defineProperty(event, 'timeStamp', { value: at });
        target.dispatchEvent(event);
      }
      at += interval;
    }
    while (serial() === before) await new Promise((resolve) => setTimeout(resolve, 0));
    await painted();
    times.push(performance.now() - start);
  }
  return times;
})`;

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] as number;

async function main() {
  await ensureRendererBuilt();
  const loadAtStart = loadavg()[0] ?? 0;
  const session = await startLabelsPage({ dispatch: standIn.dispatch });
  try {
    const page = await session.open();
    await page.getByLabel('Document number').fill(document.number);
    await page.getByLabel('Document number').press('Enter');
    await page.getByRole('button', { name: 'Check received goods' }).click();
    await page.getByTestId('receive-progress').waitFor();
    const wallStart = performance.now();
    const times = (await page.evaluate(
      `${countInPage}(${JSON.stringify(scans)}, ${keyIntervalMs})`,
    )) as number[];
    const wallMs = performance.now() - wallStart;
    const counted = await page.getByTestId('receive-progress').getAttribute('data-counted');
    if (counted !== String(scans.length)) throw new Error(`the screen counted ${counted} of ${scans.length}`);
    // The keys go in at once, stamped 4 ms apart (the detector reads the stamps): a real scanner
    // also spends those ms typing, which the "with scanner" figure adds back.
    const keyingMs = ((scans[0]?.length ?? 0) + 1) * keyIntervalMs;
    const median = percentile(times, 0.5);
    const p95 = percentile(times, 0.95);
    console.log(
      JSON.stringify({
        bench: 'receive-count',
        units: scans.length,
        lines,
        keyIntervalMs,
        scanToPaintMs: {
          median: Math.round(median),
          p95: Math.round(p95),
          max: Math.round(Math.max(...times)),
        },
        // Scans a minute the screen keeps up with: each answered and painted before the next.
        scansPerMinute: Math.round(60_000 / median),
        scansPerMinuteAtP95: Math.round(60_000 / p95),
        scansPerMinuteWithScannerTyping: Math.round(60_000 / (median + keyingMs)),
        // The whole bill, first scan to last paint (without the scanner's typing time).
        countMs: Math.round(wallMs),
        pageErrors: session.pageErrors,
        machine: { cores: availableParallelism(), loadAtStart: Number(loadAtStart.toFixed(2)) },
      }),
    );
  } finally {
    await session.close();
  }
}

await main();
