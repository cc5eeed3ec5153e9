import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DealposBridge, Language, ReceiveReport, SaveFileAnswer } from '../../main/app-contract.ts';
import { reportRoutePrefix } from '../../main/receive/report-route.ts';
import { chromiumPdfPort, type LabelsPage, startLabelsPage } from '../labels/support/labels-page.ts';
import { countedBill, longShortBill } from '../receive/report-fixture.ts';
import { type OpenApp, openApp } from '../support/open-app.ts';
import { expectPageSize, pdfPages } from './labels/label-pdf.ts';

// The discrepancy report's PDF end to end: the app's real renderer build in Chromium, the real
// main handlers behind its bridge; the page asks main to save the report, main opens the report
// route of the job in a "hidden window" (a second page), which fetches the report and says when
// it is drawn; Chromium makes the PDF; pdftotext reads it back. Only Electron is stood in for:
// Playwright's page.pdf is Chromium's same printing path as printToPDF.

const run = promisify(execFile);
const screenshots = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

let session: LabelsPage;
let app: OpenApp;
let outDir: string;
let page: Page;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'receive-report-e2e-'));
  await mkdir(screenshots, { recursive: true });
  // The app's services trust the served page's origin, so they are made once its address is known.
  session = await startLabelsPage({
    dispatch: (channel, sender, payload) => app.services.dispatch(channel, sender, payload),
  });
  app = await openApp({
    pageUrl: session.url,
    version: 'receive-e2e',
    reportPrinter: chromiumPdfPort(() => session, outDir, reportRoutePrefix),
  });
  page = await session.context.newPage();
  await page.goto(session.url);
}, 180_000);

afterAll(async () => {
  await session?.close();
  await app?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** Asks main from the app's page, as the count screen's export does, and answers the saved PDF's path. */
async function savePdf(report: ReceiveReport, language: Language): Promise<string> {
  const result = await page.evaluate(
    ([r, l]) =>
      (globalThis as unknown as { dealpos: DealposBridge }).dealpos.invoke('receive:save-report-pdf', {
        report: r,
        language: l,
      }),
    [report, language] as const,
  );
  if (!result.ok) throw new Error(result.error.message);
  const answer: SaveFileAnswer = result.value;
  if (answer.kind !== 'saved') throw new Error(`not saved: ${JSON.stringify(answer)}`);
  return answer.path;
}

const pdfText = async (pdf: string) => (await run('pdftotext', ['-layout', pdf, '-'])).stdout;

async function screenshot(pdf: string, name: string) {
  await run('pdftoppm', ['-r', '80', '-png', '-singlefile', pdf, join(screenshots, name)]);
}

describe('the discrepancy report as a one-page PDF', () => {
  it('prints the document, who counted, every difference with its rupiah and the totals, in English', async () => {
    const pdf = await savePdf(countedBill(), 'en');
    await screenshot(pdf, 'receive-report-en');
    expect(pdf).toMatch(/receive-PB-2026-11-0001-2026-11-23-1405\.pdf$/);
    const size = await pdfPages(pdf);
    expect(size.pages).toBe(1);
    expectPageSize(size, 210, 297);
    const text = await pdfText(pdf);
    expect(text).toContain('Goods received: differences');
    expect(text).toMatch(/Document\s+PB\/2026\/11\/0001/);
    expect(text).toMatch(/Type\s+Supplier bill/);
    expect(text).toMatch(/Outlet\s+Toko Pusat/);
    expect(text).toMatch(/Counted by\s+Sari/);
    expect(text).toMatch(
      /8991234567890\s+Kaos Polos M \/ Hitam\s+6\s+4\s+−2\s+Rp\s85\.000\s+−Rp\s170\.000\s+Short/,
    );
    expect(text).toMatch(/KMJ,"L"\s+Kemeja "Batik", L\s+3\s+5\s+\+2\s+Rp\s149\.500\s+\+Rp\s299\.000\s+Over/);
    expect(text).toMatch(
      /8990000000017\s+Topi Rajut\s+0\s+2\s+\+2\s+Rp\s45\.000\s+\+Rp\s90\.000\s+Not on document/,
    );
    expect(text).toMatch(/=SUM\(A1\)\s+\(unknown code\)/);
    expect(text).toMatch(/Value short\s+Rp\s170\.000/);
    expect(text).toMatch(/Value over\s+Rp\s299\.000/);
  });

  it('prints in Indonesian for an Indonesian counter', async () => {
    const pdf = await savePdf(
      { ...countedBill(), document: { ...countedBill().document, kind: 'delivery' } },
      'id',
    );
    await screenshot(pdf, 'receive-report-id');
    expect((await pdfPages(pdf)).pages).toBe(1);
    const text = await pdfText(pdf);
    expect(text).toContain('Selisih penerimaan barang');
    expect(text).toMatch(/Jenis\s+Kiriman outlet/);
    expect(text).toMatch(/Dihitung oleh\s+Sari/);
    expect(text).toMatch(/23 Nov 2026, 14\.05\.00/);
    expect(text).toMatch(/Kaos Polos M \/ Hitam\s+6\s+4\s+−2\s+Rp\s85\.000\s+−Rp\s170\.000\s+Kurang/);
    expect(text).toMatch(/Nilai lebih\s+Rp\s299\.000/);
    expect(text).toContain('Di luar dokumen');
  });

  it('keeps 120 short lines to one page, says how many more rows the CSV has, and totals all of them', async () => {
    const long = longShortBill(120);
    // An outlet name long enough to take two lines in the header.
    const outlet = 'Gudang Utama Jakarta Barat, Kawasan Industri Pergudangan Kamal Muara Blok C nomor 12';
    const pdf = await savePdf({ ...long, document: { ...long.document, outlet } }, 'en');
    await screenshot(pdf, 'receive-report-long-en');
    expect((await pdfPages(pdf)).pages).toBe(1);
    const text = await pdfText(pdf);
    expect(text).toContain('SKU-0001');
    expect(text).not.toContain('SKU-0120');
    expect(text).toMatch(/And \d+ more rows: the CSV export has every row\./);
    expect(text).toMatch(/Units short\s+120/);
    expect(text).toMatch(/Value short\s+Rp\s1\.200\.000/);
  });

  it('draws the report page with no error and within the app’s content security policy', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.cspViolations).toEqual([]);
  });
});
