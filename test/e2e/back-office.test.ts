import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SimFixtures } from '../../main/simulator/index.ts';
import { formatRupiah } from '../../renderer/src/money/format-rupiah.ts';
import { type SimulatedDemo, simulatedDemo } from '../support/simulated-demo.ts';
import type { AppUnderTest } from './harness/app-under-test.ts';
import { typeAtPace } from './harness/scanner-keys.ts';
import { type Suite, startSuite } from './harness/suite.ts';
import { withApp } from './harness/with-app.ts';

// The back-office screen in real Chromium over the real main-process handlers and a demo
// store: an invoice voided, restored and erased behind confirmations that name it; a refusal
// shown in DealPOS's words with its meaning in Indonesian; the shipping desk's scan-scan batch,
// a dropped connection included; a variant's price changed and the next scan showing it; the
// activity log exported as CSV.

// The frame shows the screen once app-frame.tsx routes to it; until then there is nothing to drive.
const frameSource = readFileSync(join(import.meta.dirname, '../../renderer/src/frame/app-frame.tsx'), 'utf8');
const routed = frameSource.includes('BackOfficeScreen');

let suite: Suite;
beforeAll(async () => {
  if (routed) suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

/** A demo store the test can read and steer through the simulator's test controls. */
const demoStore = () => simulatedDemo({ seed: 42, variants: 300, categoryRequired: false });

interface DealposInvoice {
  Total: number;
  Customer: { Name: string } | null;
}

/** The invoice as DealPOS itself answers it (Invoice/Detail asked straight, outside the app). */
async function dealposInvoice(
  demo: SimulatedDemo,
  invoice: SimFixtures['invoices'][number],
): Promise<DealposInvoice> {
  const sim = demo.sim!;
  const token = (await (
    await fetch(`${sim.baseUrl}Token/OAuth2`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        client_id: sim.credentials.full.clientId,
        client_secret: sim.credentials.full.clientSecret,
        grant_type: 'client_credentials',
      }),
    })
  ).json()) as { access_token: string };
  const query = new URLSearchParams({ Number: invoice.number, OutletID: invoice.outletID });
  const answer = await fetch(`${sim.baseUrl}Invoice/Detail?${query}`, {
    headers: { Authorization: `Bearer ${token.access_token}` },
  });
  return (await answer.json()) as DealposInvoice;
}

/**
 * A USB scanner reading a barcode into the focused field: the keys 4 ms apart, then Enter. The
 * back-office fields take scans as plain typing (no scanner detector runs on this screen), so
 * these are real key presses; the Scan tab's own detector is played with typeAtPace.
 */
async function scan(app: AppUnderTest, code: string): Promise<void> {
  await app.page.keyboard.type(code, { delay: 4 });
  await app.page.keyboard.press('Enter');
}

/** The frame's tab for this screen, whatever its label says. */
const officeTab = (app: AppUnderTest) => app.page.locator('[role="tab"][id$="-trigger-office"]');

async function openOffice(app: AppUnderTest): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: /Try the demo/ }).click();
  await page.getByTestId('demo-badge').waitFor();
  // The demo starts without a manager passcode; a shop sets one when it connects.
  expect(await app.invokeRaw('manager:set-passcode', { next: managerPasscode })).toMatchObject({ ok: true });
  await officeTab(app).click();
  await page.getByTestId('office-invoices').waitFor();
}

const result = (app: AppUnderTest) => app.page.getByTestId('write-result');

const managerPasscode = '2468';

/** The manager dialog: the passcode (set through the bridge for this demo), a name, Enter. */
async function approveAsManager(app: AppUnderTest, title: string): Promise<void> {
  const { page } = app;
  const approval = page.getByRole('dialog', { name: title });
  await approval.waitFor();
  await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('approval-passcode');
  await page.keyboard.type(managerPasscode, { delay: 60 });
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ibu Sari', { delay: 20 });
  await page.waitForTimeout(100); // a person's pause before Enter (the scanner guard ignores a burst's Enter)
  await page.keyboard.press('Enter');
  await approval.waitFor({ state: 'hidden' });
}
const dialog = (app: AppUnderTest) => app.page.getByTestId('office-confirm');

/** The whole dialog fits a 1280×800 screen: nobody scrolls to find the confirm button. */
async function expectOnScreen(app: AppUnderTest, name: string | RegExp): Promise<void> {
  const box = await app.page.getByRole('button', { name }).boundingBox();
  expect(box && box.y + box.height).toBeLessThanOrEqual(800);
}

describe.skipIf(!routed)('the back office at the supervisor’s desk', () => {
  test('an invoice scanned from its receipt is voided with a note, restored, voided again and erased', async () => {
    const demo = demoStore();
    await withApp(suite, { startDemo: () => demo.start() }, async (app) => {
      const { page } = app;
      await openOffice(app);
      const fixtures = demo.controls.fixtures();
      const [counterOutlet] = fixtures.outlets;
      const invoice = fixtures.invoices.find((i) => i.outlet === counterOutlet?.Name)!;

      // The number field has the keys when the screen opens: the receipt's barcode goes straight in.
      await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('office-invoice-number');
      await scan(app, invoice.number);
      const card = page.getByTestId('invoice-card');
      await card.waitFor();
      expect(await card.textContent()).toContain(invoice.number);
      expect(await card.getAttribute('data-known')).toBe('unknown');
      // Before anything is voided, the card shows the invoice as DealPOS has it.
      const record = await dealposInvoice(demo, invoice);
      const total = formatRupiah(record.Total);
      expect(await page.getByTestId('invoice-total').textContent()).toBe(total);
      expect(await page.getByTestId('invoice-customer').textContent()).toBe(
        record.Customer?.Name ?? 'Walk-in (no customer)',
      );
      expect(await card.getAttribute('data-state')).toBe('active');
      expect(await page.getByTestId('invoice-state').textContent()).toBe('Active');
      await app.screenshot('office-invoice-detail');

      // Enter moved the keys to the note; Enter there asks to void, naming the invoice.
      await page.keyboard.type('Salah input harga', { delay: 5 });
      await page.keyboard.press('Enter');
      await dialog(app).waitFor();
      expect(await dialog(app).textContent()).toContain(`Void invoice ${invoice.number}?`);
      expect(await dialog(app).textContent()).toContain('Salah input harga');
      // The dialog says which sale it is: date, customer, total.
      const glance = await dialog(app).getByTestId('invoice-glance').textContent();
      expect(glance).toContain(total);
      expect(glance).toContain(record.Customer?.Name ?? 'Walk-in (no customer)');
      await expectOnScreen(app, `Void ${invoice.number}`);
      await app.screenshot('office-void-confirm');
      // Voiding takes a sale away: the keys start on Cancel, so Enter (a scanner's too) voids nothing.
      expect(await page.evaluate('document.activeElement?.textContent')).toBe('Cancel');
      await page.keyboard.press('Enter');
      await dialog(app).waitFor({ state: 'detached' });
      expect(await card.getAttribute('data-known')).toBe('unknown');
      expect(await result(app).count()).toBe(0);
      expect(demo.controls.fixtures().invoices.find((i) => i.number === invoice.number)?.state).toBe(
        invoice.state,
      );
      // Voiding on purpose, by keyboard alone: back to the note, Enter, Tab to Void, Enter.
      await page.locator('#office-invoice-note').focus();
      await page.keyboard.press('Enter');
      await dialog(app).waitFor();
      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement?.textContent')).toBe(`Void ${invoice.number}`);
      await page.keyboard.press('Enter');
      await result(app).and(page.locator('[data-result="done"]')).waitFor();
      expect(await result(app).textContent()).toContain(`Invoice ${invoice.number} voided`);
      expect(await result(app).textContent()).toContain('Invoice has been Updated!');
      expect(await card.getAttribute('data-known')).toBe('recycle-bin');
      // Ready for the next receipt, once the dialog has gone.
      await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('office-invoice-number');
      await app.screenshot('office-voided');

      await page.getByRole('button', { name: 'Restore…' }).click();
      await dialog(app).waitFor();
      expect(await dialog(app).textContent()).toContain(`Restore invoice ${invoice.number}?`);
      await app.screenshot('office-restore-confirm');
      await page.getByRole('button', { name: `Restore ${invoice.number}` }).click();
      await expect.poll(() => card.getAttribute('data-known')).toBe('active');

      await page.getByRole('button', { name: 'Void…' }).click();
      await page.getByRole('button', { name: `Void ${invoice.number}` }).click();
      await expect.poll(() => card.getAttribute('data-known')).toBe('recycle-bin');

      // Erasing names the invoice, says it cannot be undone, and starts on Cancel.
      await page.getByRole('button', { name: 'Erase permanently…' }).click();
      await dialog(app).waitFor();
      const text = await dialog(app).textContent();
      expect(text).toContain(`Erase invoice ${invoice.number} for good?`);
      expect(text).toContain('cannot be undone');
      expect(await page.evaluate('document.activeElement?.textContent')).toBe('Cancel');
      // Erasing asks for the number again; until it matches, the button does nothing.
      const erase = page.getByRole('button', { name: `Erase ${invoice.number} permanently` });
      expect(await erase.isDisabled()).toBe(true);
      await page
        .getByRole('textbox', { name: 'Type the invoice number again to erase it' })
        .fill(` ${invoice.number.toLowerCase()} `);
      await app.screenshot('office-erase-confirm');
      await erase.click();
      // Erasing is for good: the manager approves it with the passcode.
      await approveAsManager(app, `Erase invoice ${invoice.number} for good?`);
      await expect.poll(() => card.getAttribute('data-known')).toBe('erased');
      expect(await card.getAttribute('data-state')).toBe('erased');
      expect(await result(app).textContent()).toContain('Invoice has been Erased!');
      expect(await card.textContent()).toMatch(/Erase invoice.*Void invoice.*Restore invoice.*Void invoice/);
      await app.screenshot('office-erased');

      const after = demo.controls.fixtures();
      expect(after.invoices.some((i) => i.number === invoice.number && i.outlet === invoice.outlet)).toBe(
        false,
      );
    });
  });

  test('in Indonesian, a refusal shows DealPOS’s words and what they mean; a dropped void says “not sure”', async () => {
    const demo = demoStore();
    await withApp(suite, { startDemo: () => demo.start(), osLocale: 'id-ID' }, async (app) => {
      const { page } = app;
      await page.getByRole('button', { name: /Coba demo/ }).click();
      await page.getByTestId('demo-badge').waitFor();
      expect(await app.invokeRaw('manager:set-passcode', { next: managerPasscode })).toMatchObject({
        ok: true,
      });
      await officeTab(app).click();
      await page.getByTestId('office-invoices').waitFor();
      const fixtures = demo.controls.fixtures();
      const invoices = fixtures.invoices.filter((i) => i.outlet === fixtures.outlets[0]?.Name);
      const active = invoices[1]!;

      // A number DealPOS does not have: it says so, and nothing can be voided under it.
      await scan(app, '2099.01.99999');
      await page.getByTestId('invoice-missing').waitFor();
      expect(await page.getByTestId('invoice-missing').textContent()).toContain(
        'Faktur 2099.01.99999 tidak ada di DealPOS',
      );
      expect(await page.getByRole('button', { name: 'Batalkan (void)…' }).isDisabled()).toBe(true);
      expect(await page.getByRole('button', { name: 'Hapus permanen…' }).isDisabled()).toBe(true);
      await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('office-invoice-number');
      await app.screenshot('office-invoice-missing-id');

      // A store that does not answer Invoice/Detail (404): the number alone decides, marked so,
      // and the void is still there to use, its dialog saying the same.
      demo.controls.faults([404]);
      await scan(app, invoices[2]!.number);
      const blind = page.getByTestId('invoice-blind');
      await blind.waitFor();
      expect(await blind.textContent()).toContain('DealPOS tidak mau menampilkan faktur ini');
      expect(await page.getByTestId('invoice-missing').count()).toBe(0);
      expect(await page.getByTestId('invoice-detail').count()).toBe(0);
      await app.screenshot('office-invoice-blind-id');
      await page.getByRole('button', { name: 'Batalkan (void)…' }).click();
      await dialog(app).waitFor();
      expect(await dialog(app).textContent()).toContain('DealPOS tidak mau menampilkan faktur ini');
      await page.keyboard.press('Escape');
      await dialog(app).waitFor({ state: 'detached' });
      // The keys are back in the number field for the next receipt.
      await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('office-invoice-number');

      await scan(app, active.number);
      await page.getByTestId('invoice-card').and(page.locator('[data-lookup="found"]')).waitFor();
      // The invoice as DealPOS has it, in Indonesian, and the old one's warning gone.
      const record = await dealposInvoice(demo, active);
      expect(await page.getByTestId('invoice-total').textContent()).toBe(formatRupiah(record.Total));
      expect(await page.getByTestId('invoice-customer').textContent()).toBe(
        record.Customer?.Name ?? 'Pelanggan umum (tanpa nama)',
      );
      expect(await page.getByTestId('invoice-state').textContent()).toBe('Aktif');
      expect(await page.getByTestId('invoice-missing').count()).toBe(0);
      await app.screenshot('office-invoice-detail-id');
      await page.getByRole('button', { name: 'Hapus permanen…' }).click();
      await page
        .getByRole('textbox', { name: 'Ketik ulang nomor faktur untuk menghapusnya' })
        .fill(active.number);
      await page.getByRole('button', { name: `Hapus permanen ${active.number}` }).click();
      await approveAsManager(app, `Hapus permanen faktur ${active.number}?`);
      await result(app).and(page.locator('[data-result="refused"]')).waitFor();
      const refused = await result(app).textContent();
      expect(refused).toContain('Tidak ada yang diubah.');
      expect(refused).toContain(`must be in the Recycle Bin before it can be erased`);
      expect(await page.getByTestId('dealpos-meaning').textContent()).toContain(
        `Faktur ${active.number} harus ada di tempat sampah dulu`,
      );
      await app.screenshot('office-refused-id');

      // The connection drops after DealPOS applied the void: the app cannot know, and says so.
      demo.controls.faults(['drop-after']);
      await page.getByRole('button', { name: 'Batalkan (void)…' }).click();
      await page.getByRole('button', { name: `Batalkan ${active.number}` }).click();
      await result(app).and(page.locator('[data-result="uncertain"]')).waitFor();
      expect(await result(app).textContent()).toContain(
        'Belum pasti tersimpan: periksa di DealPOS sebelum mencoba lagi.',
      );
      expect(await result(app).textContent()).toContain(
        `kalau faktur ${active.number} ada di sana, pembatalannya berhasil`,
      );
      await app.screenshot('office-uncertain-id');
      const stats = demo.controls.stats();
      expect(stats.byRoute['PUT invoice/void']).toBe(1);
    });
  });

  test('the shipping desk scans order then tracking, pair after pair, each sent as it completes', async () => {
    const demo = demoStore();
    await withApp(suite, { startDemo: () => demo.start() }, async (app) => {
      const { page } = app;
      await openOffice(app);
      const fixtures = demo.controls.fixtures();
      const outlet = fixtures.outlets[0]!.Name;
      const orders = fixtures.salesOrders.filter((o) => o.outlet === outlet);
      expect(orders.length).toBeGreaterThanOrEqual(2);

      await page.getByRole('tab', { name: 'Shipping' }).click();

      // One order first, keys only: number, Enter, tracking, Enter, service, Enter, note, Enter.
      await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('office-order-number');
      await scan(app, orders[1]!.number);
      await scan(app, 'JP0000000001');
      await page.keyboard.type('ANTERAJA-REG', { delay: 5 });
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await dialog(app).waitFor();
      expect(await dialog(app).textContent()).toContain(`Update sales order ${orders[1]!.number}?`);
      expect(await dialog(app).textContent()).toContain('Tracking number: JP0000000001');
      await app.screenshot('office-order-confirm');
      await page.keyboard.press('Enter');
      await result(app).and(page.locator('[data-result="done"]')).waitFor();
      expect(await result(app).textContent()).toContain(
        `reference number for sales order ${orders[1]!.number} has been updated`,
      );

      await page.getByRole('radio', { name: 'Shipping desk (batch)' }).click();
      await page.getByLabel('Logistic service').fill('JNE-REG');
      await page.getByLabel('Logistic service').press('Enter');
      const step = page.getByTestId('batch-step');
      await expect.poll(() => step.textContent()).toBe('Scan the ORDER barcode');

      await scan(app, orders[0]!.number);
      await expect.poll(() => step.textContent()).toContain(orders[0]!.number);
      await scan(app, 'JP1000000001');
      // The next order goes in while the first pair is on its way (this one had JP0000000001 from above).
      await scan(app, orders[1]!.number);
      // The same barcode twice is caught, not sent as a tracking number.
      await scan(app, orders[1]!.number);
      await page.getByTestId('batch-problem').waitFor();
      await scan(app, 'JP1000000002');
      // An order DealPOS does not have: refused, in its words.
      await scan(app, 'SO/2099/01/9999');
      await scan(app, 'JP1000000003');
      // A dropped connection after DealPOS applied it: not sure, never resent.
      demo.controls.faults(['drop-after']);
      await scan(app, orders[0]!.number);
      await scan(app, 'JP1000000004');

      const summary = page.getByTestId('batch-summary');
      await expect.poll(() => summary.textContent()).toBe('2 done · 1 refused · 1 not sure · 0 sending');
      const rows = page.getByTestId('batch-rows').locator('tbody tr');
      expect(await rows.count()).toBe(4);
      expect(await rows.nth(0).getAttribute('data-result')).toBe('uncertain');
      expect(await rows.nth(0).textContent()).toContain('again: it was JP1000000001');
      expect(await rows.nth(1).textContent()).toContain('does not exist in Database');
      expect(await page.evaluate('document.activeElement?.id')).toBe('office-batch-scan');
      await app.screenshot('office-batch');

      const after = demo.controls.fixtures();
      const stored = (number: string) =>
        after.salesOrders.find((o) => o.number === number && o.outlet === outlet);
      expect(stored(orders[1]!.number)).toMatchObject({
        referenceNumber: 'JP1000000002',
        logisticServiceCode: 'JNE-REG',
      });
      // drop-after applied it: DealPOS has the new one, the desk says "not sure", and it was sent once.
      expect(stored(orders[0]!.number)?.referenceNumber).toBe('JP1000000004');
      const stats = demo.controls.stats();
      expect(stats.byRoute['PUT salesorder/referencenumber']).toBe(5);
    });
  });

  test('a variant’s price is changed after a review, and the next scan on this PC shows it; the log exports as CSV', async () => {
    const demo = demoStore();
    await withApp(suite, { startDemo: () => demo.start() }, async (app) => {
      const { page } = app;
      await page.getByRole('button', { name: /Try the demo/ }).click();
      await page.getByTestId('demo-badge').waitFor();
      await page.getByRole('button', { name: 'Download catalog' }).click();
      await page.getByText('300 items').waitFor();
      const fixtures = demo.controls.fixtures();
      const code = fixtures.sampleVariantCodes.find((c) => !fixtures.discontinuedCodes.includes(c))!;

      await officeTab(app).click();
      await page.getByRole('tab', { name: 'Variants' }).click();
      await page.getByRole('textbox', { name: 'Find a variant' }).waitFor();
      await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('office-variant-query');
      await scan(app, code);
      const form = page.getByTestId('variant-form');
      await form.waitFor();
      expect(await form.textContent()).toContain(code);

      await page.getByLabel('Selling price').fill('123.500');
      await page.getByText('Discontinued (no longer sold)').click();
      await page.getByRole('button', { name: 'Review and save…' }).click();
      await dialog(app).waitFor();
      const review = await dialog(app).textContent();
      expect(review).toMatch(/Selling price: from Rp\s?[\d.]+ to Rp\s?123\.500/);
      expect(review).toContain('Discontinued (no longer sold): from No to Yes');
      await app.screenshot('office-variant-review');
      await page.keyboard.press('Enter');
      await result(app).and(page.locator('[data-result="done"]')).waitFor();
      expect(await result(app).textContent()).toContain('Update Success');
      await app.screenshot('office-variant-saved');

      // Labels can be reprinted at once: the button opens the Labels tab.
      await page.getByRole('button', { name: 'Print labels' }).click();
      await expect
        .poll(() => page.locator('[role="tab"][id$="-trigger-labels"]').getAttribute('data-state'))
        .toBe('active');

      // The catalog on this PC has the change: the scan screen shows the new price, offline too.
      await page.getByRole('tab', { name: 'Scan' }).click();
      await page.getByRole('textbox', { name: 'Code' }).waitFor();
      await demo.sim?.close();
      await typeAtPace(page, code, 4);
      await page.getByTestId('scan-found').waitFor();
      expect(await page.getByTestId('scan-price').textContent()).toMatch(/123\.500/);

      await officeTab(app).click();
      await page.getByRole('tab', { name: 'Activity log' }).click();
      const table = page.getByTestId('activity-table');
      await table.waitFor();
      expect(await table.textContent()).toContain(code);
      await app.screenshot('office-activity');
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export CSV' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^back-office-.*\.csv$/);
      const csv = await readFile((await file.path()) ?? '', 'utf8');
      expect(csv).toContain('variant-update');
      expect(csv).toContain('UnitPrice=123500');
    });
  });
});
