import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import type { DealposBridge } from '../../../main/app-contract.ts';

// The labels screen's lookup and "Save as PDF", and reading the printed PDF back: its page count and size (pdfinfo), its pages as PNGs
// (pdftoppm) and the barcodes on them (zxing-wasm), as a scanner at the counter would.

const run = promisify(execFile);

/** The little of the page's DOM the checks touch (this file is compiled without the DOM library). */
export interface PageElement {
  className: string;
  getBoundingClientRect(): { top: number; bottom: number; height: number };
  querySelectorAll(selector: string): Iterable<PageElement>;
}
export interface PageGlobals {
  dealpos: DealposBridge;
  getComputedStyle(element: PageElement): { lineHeight: string; webkitLineClamp: string };
}

/** zxing-wasm reads its engine from node_modules (no download in a test). */
export async function prepareBarcodeReader(): Promise<void> {
  const wasm = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
  await prepareZXingModule({
    overrides: { wasmBinary: (await readFile(wasm)).buffer as ArrayBuffer },
    fireImmediately: true,
  });
}

/** Pages of a PDF and the size of its first page in mm (pdfinfo speaks points). */
export async function pdfPages(pdf: string): Promise<{ pages: number; widthMm: number; heightMm: number }> {
  const { stdout } = await run('pdfinfo', [pdf]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(stdout);
  const mm = (pt: string | undefined) => (Number(pt) * 25.4) / 72;
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]),
    widthMm: mm(size?.[1]),
    heightMm: mm(size?.[2]),
  };
}

/** Chromium rounds a PDF page to its layout units: 38 x 25 mm comes out as 108 x 71.04 pt (38.1 x 25.06 mm). */
export function expectPageSize(
  actual: { widthMm: number; heightMm: number },
  widthMm: number,
  heightMm: number,
) {
  expect(Math.abs(actual.widthMm - widthMm)).toBeLessThan(0.2);
  expect(Math.abs(actual.heightMm - heightMm)).toBeLessThan(0.2);
}

/** Every page of the PDF as a PNG, in page order (300 dpi: a 0.19 mm bar is 2 pixels). */
export async function pdfToPngs(outDir: string, pdf: string, name: string, dpi = 300): Promise<string[]> {
  const prefix = join(outDir, name);
  await run('pdftoppm', ['-r', String(dpi), '-png', pdf, prefix]);
  const files = (await readdir(outDir)).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')).sort();
  return files.map((f) => join(outDir, f));
}

/** The barcodes zxing reads on a PNG, as the codes they carry. */
export async function decode(png: string): Promise<string[]> {
  const results = await readBarcodes(new Uint8Array(await readFile(png)), {
    formats: ['Code128', 'EAN13', 'UPCA'],
    maxNumberOfSymbols: 64,
  });
  // An EAN-13 beginning with 0 is a UPC-A (GS1): zxing may report it either way.
  return results.filter((r) => r.isValid).map((r) => (/^0\d{12}$/.test(r.text) ? r.text.slice(1) : r.text));
}

/** Types a document number into the labels screen as a scanner does: the number, then Enter. */
export async function lookUp(page: Page, number: string) {
  await page.getByLabel('Document number').fill(number);
  // As a scanner does: the number, then Enter.
  await page.getByLabel('Document number').press('Enter');
}

/** Presses "Save as PDF" and answers where the app says it saved the file. */
export async function savePdf(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  const outcome = page.locator('[data-outcome]');
  await outcome.waitFor();
  expect(await outcome.getAttribute('data-outcome')).toBe('saved');
  const text = (await outcome.textContent()) ?? '';
  const path = /Saved to (.+)\.$/.exec(text)?.[1];
  if (!path) throw new Error(`no path in "${text}"`);
  return path;
}
