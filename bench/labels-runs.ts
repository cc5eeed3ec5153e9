import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { BarcodeLine, PrintLabel } from '../main/app-contract.ts';
import type { LabelsPage } from '../test/labels/support/labels-page.ts';
import { labelCount, labelsOf, roll, type StandInMain } from './labels-setup.ts';

// One run of each labels measure, shared by the bench (bench/labels-bench.ts) and its trace
// (bench/labels-trace.ts).

export interface PdfRun {
  renderMs: number;
  pdfMs: number;
  totalMs: number;
  pages: number;
  bytes: number;
}

/** 1,000 labels on the print route, drawn, then printed to a PDF in `outDir` (its pages counted). */
export async function pdfRun(
  session: LabelsPage,
  main: StandInMain,
  run: number,
  outDir: string,
): Promise<PdfRun> {
  main.job = { profile: roll, outletName: 'Pluit', date: '2026-11-23', labels: labelsOf(labelCount) };
  // A fresh page each run: the barcode cache starts empty, as in the app's hidden print window.
  const page = await session.context.newPage();
  const drawn = new Promise<number>((resolve) => {
    main.rendered = resolve;
  });
  const start = performance.now();
  await page.goto(`${session.url}#labels-print/00000000-0000-4000-8000-00000000000${run}`);
  const pages = await drawn;
  const drawnAt = performance.now();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const end = performance.now();
  const file = join(outDir, `run-${run}.pdf`);
  await writeFile(file, pdf);
  const { stdout } = await promisify(execFile)('pdfinfo', [file]);
  const counted = Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]);
  if (counted !== labelCount) throw new Error(`the PDF has ${counted} pages, not ${labelCount}`);
  await page.close();
  return { renderMs: drawnAt - start, pdfMs: end - drawnAt, totalMs: end - start, pages, bytes: pdf.length };
}

/** A bill line for `label`. */
export const lineOf = (label: PrintLabel, i: number): BarcodeLine => ({
  variantId: `v${i}`,
  name: `${label.name} (${label.variant})`,
  code: label.code,
  quantity: label.copies,
  unitPrice: label.price ?? 0,
});

/** Ms from "Look up" to the frame that shows the first preview page of a bill of `lines`. */
export async function previewRun(
  session: LabelsPage,
  main: StandInMain,
  lines: BarcodeLine[],
): Promise<number> {
  main.document = { kind: 'bill', outlet: 'Pluit', number: 'PB/2026/11/0001', lines, fetchedAt: Date.now() };
  const page = await session.open({ today: '2026-11-23' });
  await page.getByLabel('Document number').fill('PB/2026/11/0001');
  // Measured inside the page: from the click to the frame that shows the first label page.
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const g = globalThis as unknown as {
          document: {
            querySelector(s: string): { click(): void } | null;
          };
          MutationObserver: new (
            callback: () => void,
          ) => { observe(target: unknown, options: object): void; disconnect(): void };
          requestAnimationFrame(callback: () => void): void;
        };
        const button = [
          ...(
            g.document as unknown as {
              querySelectorAll(s: string): Iterable<{ textContent: string; click(): void }>;
            }
          ).querySelectorAll('button'),
        ].find((b) => b.textContent === 'Look up');
        const start = performance.now();
        const observer = new g.MutationObserver(() => {
          if (!g.document.querySelector('.label-preview-desk .label-page')) return;
          observer.disconnect();
          g.requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(g.document, { childList: true, subtree: true });
        button?.click();
      }),
  );
  await page.close();
  return ms;
}
