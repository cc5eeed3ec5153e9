import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSimulator, type SimFixtures, startSimulator } from '../../main/simulator/index.ts';
import { formatRupiah } from '../../renderer/src/money/format-rupiah.ts';
import { chromiumPdfPort, type LabelsPage, startLabelsPage } from '../labels/support/labels-page.ts';
import { typeAtPace } from './harness/scanner-keys.ts';
import {
  decode,
  expectPageSize,
  lookUp,
  type PageElement,
  type PageGlobals,
  pdfPages,
  pdfToPngs,
  prepareBarcodeReader,
  savePdf,
} from './labels/label-pdf.ts';

// The end-to-end check: the app's real renderer build, connected to the simulator through
// the real main handlers, its catalog downloaded on the Scan tab; on the Labels tab a bill looked up, copies changed in the screen, "Save as PDF" pressed; the job goes through main to a
// print page drawing the same label pages, Chromium makes the PDF, pdftoppm makes PNGs, and
// zxing-wasm reads every barcode back. Only Electron is stood in for (its binary cannot run
// here): Playwright's page.pdf is Chromium's same printing path as printToPDF.

const screenshots = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

let sim: RunningSimulator;
let labels: LabelsPage;
let fixtures: SimFixtures;
let outDir: string;

beforeAll(async () => {
  await prepareBarcodeReader();
  sim = await startSimulator({ quiet: true, variants: 200, rateLimit: { limit: 5000, windowSeconds: 180 } });
  fixtures = sim.controls.fixtures();
  outDir = await mkdtemp(join(tmpdir(), 'labels-e2e-'));
  labels = await startLabelsPage({ sim, printer: chromiumPdfPort(() => labels, outDir) });
  // A shirt whose code is too long for a 38 x 25 mm label, added to the store as the back office
  // adds a variant, so the catalog the page downloads has it for the Scan screen to find.
  const added = await labels.services!.dispatch('back-office:variant-add', labels.url, {
    productCode: fixtures.products[0]!.Code,
    variants: [{ code: longCode, model: 'XXL', unitPrice: 1_250_000 }],
  });
  if (!added.ok) throw new Error(`could not add ${longCode}: ${added.error.message}`);
  await mkdir(screenshots, { recursive: true });
}, 120_000);

afterAll(async () => {
  await labels?.close();
  await sim?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** A code whose Code 128 bars are too thin on a 38 x 25 mm label. */
const longCode = 'BTK-PRG-KNC-XXL';

/** The first outlet's bill numbered with slashes ("PB/2026/11/0001"), with three lines or more. */
function billToLabel() {
  const outlet = fixtures.outlets[0]?.Name;
  const bill = fixtures.bills.find(
    (b) => b.outlet === outlet && b.number.includes('/') && b.lines.length >= 3,
  );
  if (!bill) throw new Error('no bill with three lines at the first outlet');
  return bill;
}

// Chromium, pdftoppm and zxing on a shared two-core machine: generous time per step.
describe('barcode labels from a supplier bill', () => {
  let page: Page;
  let expectedCodes: string[];

  it('looks up a bill by its number and lists its lines, copies defaulting to the quantity', async () => {
    const bill = billToLabel();
    page = await labels.open({ catalog: true });
    await page.getByRole('heading', { name: 'Barcode labels' }).waitFor();
    await lookUp(page, bill.number);
    const rows = page.locator('tr[data-line]');
    await expect.poll(() => rows.count()).toBe(bill.lines.length);
    for (const [index, line] of bill.lines.entries()) {
      await expect.poll(() => rows.nth(index).getByRole('textbox').inputValue()).toBe(String(line.Quantity));
    }
    await expect
      .poll(() => page.locator('[data-labels]').getAttribute('data-labels'))
      .toBe(String(bill.lines.reduce((n, l) => n + l.Quantity, 0)));
    // Print is in sight in a 1280 x 800 window without scrolling, and stays there when scrolled.
    const print = page.getByRole('button', { name: /^Print \d+ labels?$/ });
    for (const scrollY of [0, 400]) {
      await page.evaluate(`window.scrollTo(0, ${scrollY})`);
      const box = await print.boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= 800, `Print in the window at scroll ${scrollY}`).toBe(
        true,
      );
    }
    await page.evaluate('window.scrollTo(0, 0)');
  });

  it('prints the selling price from the catalog on this PC, as Rp with dots', async () => {
    const bill = billToLabel();
    const first = bill.lines[0]!;
    const online = await labels.services!.dispatch('catalog:lookup', labels.url, { code: first.Code });
    const selling = online.ok ? (online.value as { unitPrice: number }).unitPrice : Number.NaN;
    const price = page.locator('tr[data-line="0"] td').nth(2);
    await expect.poll(() => price.textContent()).toContain(formatRupiah(selling));
  });

  it('takes changed copies: two of the first line, none of the second, three of the third, nothing else', async () => {
    const bill = billToLabel();
    await page.getByRole('button', { name: 'Set all to 0' }).click();
    await expect.poll(() => page.locator('[data-labels]').getAttribute('data-labels')).toBe('0');
    const rows = page.locator('tr[data-line]');
    // The count alone decides: no tick box to forget, and a line at 0 is not "in" the job.
    expect(await rows.first().getByRole('checkbox').count()).toBe(0);
    const wanted = [2, 0, 3];
    for (const [index, copies] of wanted.entries()) {
      await rows.nth(index).getByRole('textbox').fill(String(copies));
    }
    await expect.poll(() => rows.nth(1).getAttribute('data-printing')).toBe('false');
    await expect.poll(() => rows.nth(0).getAttribute('data-printing')).toBe('true');
    expectedCodes = wanted.flatMap((copies, index) => Array<string>(copies).fill(bill.lines[index]!.Code));
    await expect.poll(() => page.locator('[data-labels]').getAttribute('data-labels')).toBe('5');
    await expect.poll(() => page.locator('.label-preview-desk').getAttribute('data-pages')).toBe('5');
    await page.screenshot({ path: join(screenshots, 'labels-screen.png'), fullPage: true });
    await page.locator('.label-preview-desk').screenshot({ path: join(screenshots, 'labels-preview.png') });
  });

  it('saves a PDF of one 38 x 25 mm page per label, whose barcodes read back as the codes', async () => {
    const pdf = await savePdf(page);
    expect(pdf).toMatch(/labels PB-2026-11-\d{4}\.pdf$/);
    const info = await pdfPages(pdf);
    expect(info.pages).toBe(5);
    expectPageSize(info, 38, 25);
    const pngs = await pdfToPngs(outDir, pdf, 'roll');
    expect(pngs).toHaveLength(5);
    const decoded = [];
    for (const png of pngs) decoded.push(await decode(png));
    expect(decoded).toEqual(expectedCodes.map((code) => [code]));
    await copyFile(pngs[0]!, join(screenshots, 'labels-pdf-page-1.png'));
  });

  it('previews the very page that prints', async () => {
    const preview = await page
      .locator('.label-preview-desk .label-page')
      .first()
      .evaluate((el) => (el as unknown as { outerHTML: string }).outerHTML);
    const printPage = labels.context.pages().find((p) => p.url().includes('#labels-print/'));
    // The print page of the job just saved is still open in the stand-in port.
    const printed = await printPage
      ?.locator('.label-page')
      .first()
      .evaluate((el) => (el as unknown as { outerHTML: string }).outerHTML);
    expect(printed).toBe(preview);
  });

  it('fills an A4 sheet of 3 x 8 labels, each barcode readable', async () => {
    await page.getByLabel('Label size', { exact: true }).click();
    await page.getByRole('option', { name: /A4 sheet 3 x 8/ }).click();
    await expect.poll(() => page.locator('[data-sheets]').getAttribute('data-sheets')).toBe('1');
    const pdf = await savePdf(page);
    const info = await pdfPages(pdf);
    expect(info.pages).toBe(1);
    expectPageSize(info, 210, 297);
    // Sheet labels have wide bars (0.4 mm): 200 dpi reads them and keeps the A4 image small.
    const [png] = await pdfToPngs(outDir, pdf, 'sheet', 200);
    expect((await decode(png!)).sort()).toEqual([...expectedCodes].sort());
    await copyFile(png!, join(screenshots, 'labels-pdf-a4-sheet.png'));
    await page
      .locator('.label-preview-desk')
      .screenshot({ path: join(screenshots, 'labels-preview-a4.png') });
  });

  it('shrinks and wraps long names inside the label, and prints EAN-13 and UPC-A codes that read back', async () => {
    const invalidEan = fixtures.invalidEanCodes[0] ?? '8990000000000';
    const name = 'Kemeja Batik Lengan Panjang Motif Parang Kencana Premium Edisi Lebaran 2026 Biru Dongker';
    // 15 characters of Code 128 are too dense for a 33 mm jewellery label (the screen warns): a short code there.
    const labelsOf = (profileId: string, longCode: string) => ({
      profileId,
      outletName: 'Kelapa Gading',
      date: '2026-11-23',
      labels: [
        { name, variant: 'XXL', code: longCode, price: 1_250_000, copies: 1, symbology: 'code128' as const },
        {
          name: 'Teh Botol Sosro 450 ml',
          variant: null,
          code: '5901234123457',
          price: 5_500,
          copies: 1,
          symbology: 'ean13' as const,
        },
        {
          name: 'Imported Snack',
          variant: 'Cheese',
          code: '036000291452',
          price: 42_000,
          copies: 1,
          symbology: 'upca' as const,
        },
        // A 13-digit code with a wrong check digit: the screen gives it Code 128.
        {
          name: 'Sabun Mandi',
          variant: null,
          code: invalidEan,
          price: 7_900,
          copies: 1,
          symbology: 'code128' as const,
        },
      ],
    });
    for (const [profileId, longCode] of [
      ['roll-38x25', 'BTK-PRG-KNC-XXL'],
      ['roll-33x15', 'BTK-XXL'],
      ['roll-50x30', 'BTK-PRG-KNC-XXL'],
    ] as const) {
      // As the screen's Save as PDF button does, with a job of our own.
      const saved = await page.evaluate(
        (job) =>
          (globalThis as unknown as PageGlobals).dealpos.invoke('labels:save-pdf', {
            job,
            fileName: `labels ${job.profileId}`,
          }),
        labelsOf(profileId, longCode),
      );
      if (!saved.ok || saved.value.kind !== 'saved') throw new Error(`not saved: ${JSON.stringify(saved)}`);
      const printPage = labels.context.pages().at(-1)!;
      // Every line of text stays inside its label: names are clamped to their lines.
      const escapes = await printPage.locator('.label-face').evaluateAll((faces) =>
        (faces as unknown as PageElement[]).flatMap((face) => {
          const box = face.getBoundingClientRect();
          const style = (row: PageElement) => (globalThis as unknown as PageGlobals).getComputedStyle(row);
          return [...face.querySelectorAll('.label-row')]
            .filter((row) => {
              const r = row.getBoundingClientRect();
              const lines = Math.round(r.height / Number.parseFloat(style(row).lineHeight));
              const clamp = Number(style(row).webkitLineClamp) || 1;
              return r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5 || lines > clamp;
            })
            .map((row) => row.className);
        }),
      );
      expect(escapes, profileId).toEqual([]);
      // About 1 mm of white between the bars and the code printed under them, on every size.
      const gaps = await printPage.locator('.label-face').evaluateAll((faces) =>
        (faces as unknown as PageElement[]).map((face) => {
          const [bars] = [...face.querySelectorAll('.label-barcode')];
          const [code] = [...face.querySelectorAll('.label-code')];
          const [title] = [...face.querySelectorAll('.label-title, .label-title-line')];
          if (!bars || !code || !title) return { below: Number.NaN, above: Number.NaN };
          const box = bars.getBoundingClientRect();
          const mm = 96 / 25.4;
          return {
            below: (code.getBoundingClientRect().top - box.bottom) / mm,
            above: (box.top - title.getBoundingClientRect().bottom) / mm,
          };
        }),
      );
      expect(gaps, profileId).toHaveLength(4);
      for (const gap of gaps) {
        expect(gap.below, profileId).toBeCloseTo(1, 1);
        // Name and variant do not touch the bars either.
        expect(gap.above, profileId).toBeCloseTo(0.5, 1);
      }
      // The variant is on every size: sizes of one product are told apart (issue #18).
      const variants = await printPage.locator('.label-variant, .label-title-variant').allTextContents();
      expect(variants, profileId).toEqual(['XXL', 'Cheese']);
      const pngs = await pdfToPngs(outDir, saved.value.path, `gallery-${profileId}`);
      const decoded = [];
      for (const png of pngs) decoded.push(...(await decode(png)));
      expect(decoded, profileId).toEqual([longCode, '5901234123457', '036000291452', invalidEan]);
      for (const [index, png] of pngs.entries()) {
        await copyFile(png, join(screenshots, `labels-${profileId}-${index + 1}.png`));
      }
    }
  });

  it('warns of a long code whose bars would be too thin on 38 x 25 mm, and prints it readably on the size it offers', async () => {
    await page.getByLabel('Label size', { exact: true }).click();
    await page.getByRole('option', { name: 'Label 38 x 25 mm' }).click();
    // As a cashier hands scans over: scanned once on the Scan tab, then "Print labels for these".
    await page.getByRole('tab', { name: 'Scan' }).click();
    await page.getByRole('textbox', { name: 'Code' }).focus();
    await typeAtPace(page, longCode, 4);
    await page.getByTestId('scan-found').waitFor();
    await page.getByRole('button', { name: 'Print labels for these' }).click();
    await page.getByRole('heading', { name: 'Barcode labels' }).waitFor();
    const row = page.locator('tr[data-line="0"]');
    await expect.poll(() => row.locator('.label-code').first().textContent()).toBe(longCode);
    const warning = row.locator('[data-code-warning="thin-bars"]');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('Bars 0.16 mm wide on this label size');
    expect(await page.locator('[data-thin-lines]').getAttribute('data-thin-lines')).toBe('1');
    const offer = warning.getByRole('button');
    expect(await offer.textContent()).toBe('Use Label 50 x 30 mm (bars 0.21 mm)');
    await page.screenshot({ path: join(screenshots, 'labels-thin-bars.png'), fullPage: true });
    await offer.click();
    await expect.poll(() => warning.count()).toBe(0);
    await expect
      .poll(() => page.getByLabel('Label size', { exact: true }).textContent())
      .toContain('50 x 30');
    const pdf = await savePdf(page);
    expectPageSize(await pdfPages(pdf), 50, 30);
    // Read back at the thermal head's own resolution, as well as finer.
    for (const dpi of [203, 300]) {
      const pngs = await pdfToPngs(outDir, pdf, `offered-${dpi}`, dpi);
      expect(await decode(pngs[0]!), `${dpi} dpi`).toEqual([longCode]);
    }
  });

  it('lets the admin add a label size in millimetres, refusing one that does not fit its page', async () => {
    await page.getByRole('button', { name: 'Label sizes…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByRole('listitem')
      .filter({ hasText: 'Label 50 x 30 mm' })
      .getByRole('button', { name: 'Copy' })
      .click();
    await dialog.getByLabel('Name', { exact: true }).fill('Label 58 x 40 mm');
    const field = (name: string) => dialog.locator(`[id="profile-${name}"]`);
    await field('label.width').fill('58');
    const problem = dialog.locator('[data-problem-field="label.width"]');
    await expect.poll(() => problem.textContent()).toBe('The labels are 8 mm bigger than the page.');
    // Save stays in the 1280 x 800 window however tall the editor is.
    const saveBox = await dialog.getByRole('button', { name: 'Save' }).boundingBox();
    expect(saveBox && saveBox.y >= 0 && saveBox.y + saveBox.height <= 800).toBe(true);
    await page.screenshot({ path: join(screenshots, 'labels-profile-editor.png') });
    await field('page.width').fill('58');
    await field('page.height').fill('40');
    await field('label.height').fill('40,0');
    await expect.poll(() => problem.count()).toBe(0);
    // Label sizes are shared by every print of this PC: a manager approves the save (the
    // passcode the page's counter was connected with).
    await dialog.getByRole('button', { name: 'Save' }).click();
    const approval = page.getByRole('dialog', { name: 'Save the label size “Label 58 x 40 mm”?' });
    await approval.waitFor();
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('approval-passcode');
    await page.keyboard.type('2468', { delay: 60 });
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ibu Sari', { delay: 20 });
    await approval.getByRole('button', { name: 'Save', exact: true }).click();
    await approval.waitFor({ state: 'hidden' });
    await dialog.getByText('Label 58 x 40 mm').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByLabel('Label size', { exact: true }).click();
    await page.getByRole('option', { name: 'Label 58 x 40 mm' }).click();
    const preview = page.locator('.label-preview-desk .label-page').first();
    const size = await preview.evaluate((el) => {
      const style = (el as unknown as { style: { width: string; height: string } }).style;
      return `${style.width} x ${style.height}`;
    });
    expect(size).toBe('58mm x 40mm');
  });

  it('keeps the document for a quick reprint', async () => {
    const bill = billToLabel();
    await expect.poll(() => page.getByRole('button', { name: `Open ${bill.number}` }).count()).toBe(1);
  });

  it('says plainly that an unknown number is unknown', async () => {
    await lookUp(page, 'PB/2026/11/9999');
    const problem = page.locator('[data-problem]');
    await problem.waitFor();
    expect(await problem.getAttribute('data-problem')).toBe('unknown-number');
    expect(await problem.textContent()).toContain('DealPOS has no supplier bill with number PB/2026/11/9999');
    // The bill looked up before is gone: no line, no label, nothing a Print could send.
    expect(await page.locator('tr[data-line]').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Print', exact: true }).count()).toBe(0);
    await page.screenshot({ path: join(screenshots, 'labels-unknown-number.png') });
  });

  it('speaks Bahasa Indonesia', async () => {
    const bill = billToLabel();
    const id = await labels.open({ language: 'id' });
    await id.getByRole('heading', { name: 'Label barcode' }).waitFor();
    await id.getByLabel('Nomor dokumen').fill(bill.number);
    await id.getByLabel('Nomor dokumen').press('Enter');
    await id.locator('tr[data-line]').first().waitFor();
    await id.getByText('Simpan sebagai PDF').waitFor();
    await id.screenshot({ path: join(screenshots, 'labels-screen-id.png'), fullPage: true });
    await id.close();
  });

  it('ran under the app CSP without a violation of its own or a page error', () => {
    // The app's own page under its app:// header policy alone (no <meta> policy in the build),
    // which allows Radix's two fixed <style> elements by hash: nothing may break it.
    expect(labels.cspViolations).toEqual([]);
    expect(labels.pageErrors).toEqual([]);
  });
});
