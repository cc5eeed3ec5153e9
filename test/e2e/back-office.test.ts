import { describe, expect, test } from 'vitest';
import { formatRupiah } from '../../renderer/src/money/format-rupiah.ts';
import {
  approveAsManager,
  dealposInvoice,
  demoStore,
  dialog,
  expectOnScreen,
  managerPasscode,
  officeSuite,
  officeTab,
  openOffice,
  result,
  routed,
  scan,
} from './back-office/office-desk.ts';
import { withApp } from './harness/with-app.ts';

// The back-office screen in real Chromium over the real main-process handlers and a demo
// store: an invoice voided, restored and erased behind confirmations that name it; a refusal
// shown in DealPOS's words with its meaning in Indonesian, and a dropped void said to be uncertain.

const office = officeSuite();

describe.skipIf(!routed)('the back office at the supervisor’s desk', () => {
  test('an invoice scanned from its receipt is voided with a note, restored, voided again and erased', async () => {
    const demo = demoStore();
    await withApp(office.suite, { startDemo: () => demo.start() }, async (app) => {
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
    await withApp(office.suite, { startDemo: () => demo.start(), osLocale: 'id-ID' }, async (app) => {
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
});
