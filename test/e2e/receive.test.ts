import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DealposBridge } from '../../main/app-contract.ts';
import { reportRoutePrefix } from '../../main/receive/report-route.ts';
import { type RunningSimulator, type SimFixtures, startSimulator } from '../../main/simulator/index.ts';
import { chromiumPdfPort, type LabelsPage, startLabelsPage } from '../labels/support/labels-page.ts';
import { parseCsv } from '../support/parse-csv.ts';
import { typeAtPace } from './harness/scanner-keys.ts';
import { recordTones } from './harness/tone-recorder.ts';
import { decode, lookUp, pdfPages, pdfToPngs, prepareBarcodeReader, savePdf } from './labels/label-pdf.ts';

// Issue #15 end to end: the app's real renderer build over the real main handlers, connected to
// the simulator; a bill looked up on the Labels tab, "Check received goods", every unit scanned
// as a USB scanner types (4 ms a key) with one unit over, one short and a code not on the bill,
// the page reloaded half way (the count comes back from IndexedDB), Finish, and the labels for
// what was counted saved as a PDF whose barcodes read back one per unit counted.

const run = promisify(execFile);
const screenshots = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

let sim: RunningSimulator;
let labels: LabelsPage;
let fixtures: SimFixtures;
let outDir: string;

beforeAll(async () => {
  await prepareBarcodeReader();
  sim = await startSimulator({ quiet: true, variants: 200, rateLimit: { limit: 5000, windowSeconds: 180 } });
  fixtures = sim.controls.fixtures();
  outDir = await mkdtemp(join(tmpdir(), 'receive-e2e-'));
  labels = await startLabelsPage({
    sim,
    printer: chromiumPdfPort(() => labels, outDir),
    reportPrinter: chromiumPdfPort(() => labels, outDir, reportRoutePrefix),
  });
  await labels.context.addInitScript(recordTones);
  await mkdir(screenshots, { recursive: true });
}, 120_000);

afterAll(async () => {
  await labels?.close();
  await sim?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** The first outlet's bill of two lines or more with the fewest units (each unit is a scan and a label). */
function billToCount() {
  const outlet = fixtures.outlets[0]?.Name;
  const bills = fixtures.bills
    .filter(
      (b) =>
        b.outlet === outlet &&
        b.lines.length >= 2 &&
        new Set(b.lines.map((l) => l.Code)).size === b.lines.length,
    )
    .sort((a, b) => units(a) - units(b));
  if (!bills[0]) throw new Error('no bill of two lines at the first outlet');
  return bills[0];
}
const units = (bill: SimFixtures['bills'][number]) => bill.lines.reduce((n, l) => n + l.Quantity, 0);

/** Types like a USB scanner: every key 4 ms after the last, then Enter. */
const scan = (page: Page, code: string) => typeAtPace(page, code, 4);

/**
 * Waits until the page's clock has passed a scan's keys (stamped 4 ms apart from `startedAt`,
 * ahead of the real clock) and the trailer the wedge swallows after a scanner's Enter: a person's
 * Ctrl+Z only ever comes after that.
 */
async function pastTheScan(page: Page, startedAt: number, code: string) {
  const until = startedAt + 4 * (code.length + 1) + 250;
  await expect.poll(() => page.evaluate<number>('performance.now()')).toBeGreaterThan(until);
}
const pageNow = (page: Page) => page.evaluate<number>('performance.now()');

/** What main's update scheduler counts as busy, asked from the page as Settings does. */
const updateBusy = (page: Page) =>
  page.evaluate(async () => {
    const state = await (globalThis as unknown as { dealpos: DealposBridge }).dealpos.invoke('updates:state');
    return state.ok ? state.value.busy : state.error.message;
  });
const progress = (page: Page) => page.getByTestId('receive-progress');
const lineRow = (page: Page, index: number) =>
  page.locator(`[data-testid="receive-lines"] tr[data-line="${index}"]`);

describe('checking received goods against a supplier bill', () => {
  let page: Page;
  let plan: string[];
  let half: number;

  it('opens the count from a bill looked up on the Labels screen, every line waiting', async () => {
    const bill = billToCount();
    page = await labels.open({ catalog: true });
    await lookUp(page, bill.number);
    await page.locator('tr[data-line]').first().waitFor();
    await page.getByRole('button', { name: 'Check received goods' }).click();
    await page.getByRole('heading', { name: 'Check received goods' }).waitFor();
    await expect.poll(() => progress(page).getAttribute('data-expected')).toBe(String(units(bill)));
    // An open count holds back an update's restart (issue #16).
    await expect.poll(() => updateBusy(page)).toEqual(['receive']);
    expect(await page.locator('[data-testid="receive-lines"] tr[data-state="waiting"]').count()).toBe(
      bill.lines.length,
    );
    // Two units too many of the first line (one a double scan, corrected later), one too few of
    // the last, and a code not on the bill.
    const stranger = fixtures.sampleVariantCodes.find((c) => !bill.lines.some((l) => l.Code === c));
    if (!stranger) throw new Error('no catalog code outside the bill');
    plan = bill.lines.flatMap((line, index) => {
      const copies = line.Quantity + (index === 0 ? 2 : 0) - (index === bill.lines.length - 1 ? 1 : 0);
      return Array<string>(copies).fill(line.Code);
    });
    plan.splice(1, 0, stranger);
    half = Math.floor(plan.length / 2);
  });

  it('counts the first half scanned at scanner speed, each scan saved and answered', async () => {
    for (const code of plan.slice(0, half)) {
      const fates = await scan(page, code);
      // The wedge keeps a scanner's keys out of the focused field.
      expect(fates.every((f) => f.prevented)).toBe(true);
    }
    await expect.poll(() => page.locator('[data-answer]').getAttribute('data-serial')).toBe(String(half));
    const bill = billToCount();
    const onBill = plan.slice(0, half).filter((c) => bill.lines.some((l) => l.Code === c)).length;
    await expect.poll(() => progress(page).getAttribute('data-counted')).toBe(String(onBill));
    expect(await progress(page).getAttribute('data-unexpected')).toBe('1');
    // The code not on the bill is listed apart, named from the catalog on this PC.
    const stranger = plan[1]!;
    const listed = page.locator(`[data-testid="receive-unexpected"] tr[data-code="${stranger}"]`);
    await expect.poll(() => listed.getAttribute('data-known')).toBe('true');
    await page.screenshot({ path: join(screenshots, 'receive-count.png'), fullPage: true });
  });

  it('undoes the last scan with Ctrl+Z and counts it again', async () => {
    const before = await progress(page).getAttribute('data-counted');
    await pastTheScan(page, await pageNow(page), '');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('[data-answer]').getAttribute('data-answer')).toBe('undone');
    await expect.poll(() => progress(page).getAttribute('data-counted')).toBe(String(Number(before) - 1));
    await scan(page, plan[half - 1]!);
    await expect.poll(() => progress(page).getAttribute('data-counted')).toBe(before);
  });

  it('comes back after a reload, from the counts in progress, with every scan', async () => {
    const counted = await progress(page).getAttribute('data-counted');
    await page.reload();
    await page.getByRole('tab', { name: /^Labels$/ }).click();
    const bill = billToCount();
    await page.getByRole('button', { name: `Resume ${bill.number}` }).click();
    await expect.poll(() => progress(page).getAttribute('data-counted')).toBe(counted);
    expect(await progress(page).getAttribute('data-unexpected')).toBe('1');
  });

  it('counts the rest: the first line over, the last short, the others complete', async () => {
    const bill = billToCount();
    for (const code of plan.slice(half)) await scan(page, code);
    await expect.poll(() => progress(page).getAttribute('data-counted')).toBe(String(units(bill) + 1));
    await expect.poll(() => lineRow(page, 0).getAttribute('data-state')).toBe('over');
    const last = bill.lines.length - 1;
    expect(await lineRow(page, last).getAttribute('data-state')).toBe(
      bill.lines[last]!.Quantity === 1 ? 'waiting' : 'short',
    );
    for (let i = 1; i < last; i += 1)
      expect(await lineRow(page, i).getAttribute('data-state')).toBe('complete');
  });

  it('sounds and colours a line now complete, one too many, a code not on the bill and an unknown code apart', async () => {
    const bill = billToCount();
    const last = bill.lines.length - 1;
    const heard: Record<string, number[]> = {};
    const colours = new Set<string | null>();
    const answerBox = page.locator('[data-answer]');
    for (const code of [bill.lines[last]!.Code, bill.lines[0]!.Code, plan[1]!, 'NOPE-00000']) {
      const serial = Number(await answerBox.getAttribute('data-serial'));
      await page.evaluate('window.__tones = []');
      const startedAt = await pageNow(page);
      await scan(page, code);
      await expect.poll(() => answerBox.getAttribute('data-serial')).toBe(String(serial + 1));
      const outcome = (await answerBox.getAttribute('data-answer')) ?? '';
      await expect.poll(() => page.evaluate<number>('window.__tones.length')).toBeGreaterThan(0);
      heard[outcome] = await page.evaluate<number[]>('window.__tones');
      colours.add(await answerBox.getAttribute('data-accent-color'));
      // Each is taken back again, so the count goes on as planned.
      await pastTheScan(page, startedAt, code);
      await page.keyboard.press('Control+z');
      await expect.poll(() => answerBox.getAttribute('data-answer')).toBe('undone');
    }
    expect(Object.keys(heard)).toEqual(['line-complete', 'over', 'not-on-document', 'unknown']);
    const sounds = new Set(Object.values(heard).map((tones) => tones.join(',')));
    expect(sounds.size).toBe(4);
    expect(colours.size).toBe(4);
    await expect.poll(() => progress(page).getAttribute('data-counted')).toBe(String(units(bill) + 1));
  });

  it('corrects a line by hand with a reason, a scanner Enter confirming nothing', async () => {
    const bill = billToCount();
    const first = bill.lines[0]!;
    await lineRow(page, 0).getByRole('button').click();
    const dialog = page.getByTestId('receive-correction');
    await dialog.getByLabel('Counted').fill(String(first.Quantity + 1));
    await dialog.getByLabel('Reason').focus();
    // A stray scan into the reason field: its Enter must not save the correction.
    await typeAtPace(page, 'STRAY123', 4);
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByLabel('Reason').fill('one unit scanned twice');
    await dialog.getByRole('button', { name: 'Save correction' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect
      .poll(() => lineRow(page, 0).locator('td').nth(3).textContent())
      .toBe(String(first.Quantity + 1));
    await expect.poll(() => progress(page).getAttribute('data-counted')).toBe(String(units(bill)));
  });

  it('shows the differences at Finish, in English and Bahasa Indonesia', async () => {
    await page.getByRole('button', { name: 'Finish', exact: true }).click();
    await page.getByTestId('receive-finished').waitFor();
    const differences = page.getByTestId('receive-differences');
    await expect.poll(() => differences.locator('tr[data-state="over"]').count()).toBe(1);
    expect(await differences.locator('tr[data-state="short"]').count()).toBe(1);
    expect(await differences.locator('tr[data-state="unexpected"]').count()).toBe(1);
    await page.getByLabel('Counted by').fill('Sari');
    await page.screenshot({ path: join(screenshots, 'receive-finish.png'), fullPage: true });
    await page.getByRole('radio', { name: 'Bahasa Indonesia' }).click();
    await page.getByRole('heading', { name: 'Selisih' }).waitFor();
    await page.screenshot({ path: join(screenshots, 'receive-finish-id.png'), fullPage: true });
    await page.getByRole('button', { name: 'Kembali ke hitungan' }).click();
    await page.getByRole('heading', { name: 'Cek barang masuk' }).waitFor();
    await page.screenshot({ path: join(screenshots, 'receive-count-id.png'), fullPage: true });
    await page.getByRole('radio', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Finish', exact: true }).click();
    await page.getByTestId('receive-finished').waitFor();
  });

  it('exports the discrepancy report: CSV rows for the over, the short and the stranger; a PDF that says them', async () => {
    const bill = billToCount();
    const first = bill.lines[0]!;
    const last = bill.lines.at(-1)!;
    const stranger = plan[1]!;
    // A stray scan while "Done: forget this count" has the focus: its Enter presses nothing.
    await page.getByRole('button', { name: 'Done: forget this count' }).focus();
    const fates = await scan(page, first.Code);
    expect(fates.at(-1)).toEqual({ key: 'Enter', prevented: true });
    expect(await page.getByTestId('receive-finished').isVisible()).toBe(true);
    await page.getByLabel('Counted by').fill('Sari');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Report as CSV' }).click();
    const download = await downloading;
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    const rows = parseCsv(csv.replace(/^\uFEFF/, ''));
    expect(rows[0]?.slice(0, 5)).toEqual(['Code', 'Name', 'Expected', 'Counted', 'Difference']);
    const rowOf = (code: string) => rows.find((row) => row[0] === code)?.slice(2, 5);
    // The first line was corrected to one over, the last scanned one short.
    expect(rowOf(first.Code)).toEqual([String(first.Quantity), String(first.Quantity + 1), '1']);
    expect(rowOf(last.Code)).toEqual([String(last.Quantity), String(last.Quantity - 1), '-1']);
    expect(rowOf(stranger)).toEqual(['0', '1', '1']);
    for (const row of rows.slice(1)) expect(row.at(-1)).toBe('Sari');
    expect(rows).toHaveLength(4);
    await expect
      .poll(() => page.locator('[data-report-outcome]').getAttribute('data-report-outcome'))
      .toBe('downloaded');

    await page.getByRole('button', { name: 'Report as PDF' }).click();
    const outcome = page.locator('[data-report-outcome="saved"]');
    await outcome.waitFor();
    const path = /^Report saved to (.+)\.$/.exec((await outcome.textContent()) ?? '')?.[1];
    if (!path) throw new Error('no saved path in the report outcome');
    expect((await pdfPages(path)).pages).toBe(1);
    const text = (await run('pdftotext', ['-layout', path, '-'])).stdout;
    expect(text).toContain(bill.number);
    expect(text).toContain('Sari');
    for (const code of [first.Code, last.Code, stranger]) expect(text).toContain(code);
    await run('pdftoppm', [
      '-r',
      '80',
      '-png',
      '-singlefile',
      path,
      join(screenshots, 'receive-count-report'),
    ]);
  });

  it('prints one label per unit counted, each barcode reading back as its code', async () => {
    const bill = billToCount();
    const counted = units(bill);
    await page
      .getByRole('button', {
        name: new RegExp(`^Print labels for what was counted \\(${counted} labels\\)$`),
      })
      .click();
    await expect.poll(() => page.locator('[data-labels]').getAttribute('data-labels')).toBe(String(counted));
    // An A4 sheet of 3 x 8 keeps the PDF to a page or two, each barcode still readable.
    await page.getByLabel('Label size', { exact: true }).click();
    await page.getByRole('option', { name: /A4 sheet 3 x 8/ }).click();
    const pdf = await savePdf(page);
    const info = await pdfPages(pdf);
    expect(info.pages).toBe(Math.ceil(counted / 24));
    const decoded: string[] = [];
    for (const png of await pdfToPngs(outDir, pdf, 'sheet', 200)) decoded.push(...(await decode(png)));
    const last = bill.lines.length - 1;
    const expected = bill.lines.flatMap((line, index) =>
      Array<string>(line.Quantity + (index === 0 ? 1 : 0) - (index === last ? 1 : 0)).fill(line.Code),
    );
    expect(decoded.sort()).toEqual(expected.sort());
  });

  it('ran under the app CSP without a violation or a page error', () => {
    expect(labels.cspViolations).toEqual([]);
    expect(labels.pageErrors).toEqual([]);
  });
});
