import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AppUnderTest } from './harness/app-under-test.ts';
import { type Suite, startSuite } from './harness/suite.ts';
import { englishOnlyTexts } from './harness/texts.ts';
import { withApp } from './harness/with-app.ts';

let suite: Suite;

beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

const sections = {
  en: ['Scan', 'Labels', 'Customers', 'Back office', 'Settings'],
  id: ['Scan', 'Label', 'Pelanggan', 'Administrasi', 'Pengaturan'],
};

async function expectNoEnglishLeft(app: AppUnderTest): Promise<void> {
  // All text in the page, hidden parts too (labels for screen readers count as well).
  const shown = (await app.page.locator('body').textContent()) ?? '';
  const leftovers = englishOnlyTexts().filter((text) => shown.includes(text));
  expect(leftovers, 'English texts on the Indonesian screen').toEqual([]);
}

describe('the demo store', () => {
  test('Try the demo lands in the app, and the DEMO badge stays on every screen until leaving', async () => {
    await withApp(suite, {}, async (app) => {
      const { page } = app;
      await page.getByRole('button', { name: /Try the demo/ }).click();
      await page.getByTestId('demo-badge').waitFor();
      expect(await page.getByTestId('connection-state').textContent()).toBe('Demo store');
      expect(await page.getByTestId('outlet-name').textContent()).toBe('Pluit');
      await app.screenshot('demo-frame');

      for (const section of sections.en) {
        await page.getByRole('tab', { name: section }).click();
        await page.getByRole('tab', { name: section, selected: true }).waitFor();
        expect(await page.getByTestId('demo-badge').isVisible(), `DEMO badge on ${section}`).toBe(true);
      }
      await page.getByText('Demo store on this computer').waitFor();
      await app.screenshot('demo-settings');

      await page.getByRole('button', { name: 'Leave the demo' }).click();
      const confirm = page.getByRole('alertdialog', { name: 'Leave the demo?' });
      await confirm.waitFor();
      expect(await page.getByTestId('demo-badge').isVisible()).toBe(true);
      await app.screenshot('demo-leave-confirm');
      await confirm.getByRole('button', { name: 'Leave the demo' }).click();
      await page.getByRole('button', { name: /Try the demo/ }).waitFor();
      expect(await page.getByTestId('demo-badge').count()).toBe(0);
      expect(app.services.connection.view().mode).toBe('none');
    });
  });
});

describe('the language of the counter', () => {
  test('switching to Bahasa Indonesia changes every text at once, is saved, and switches back', async () => {
    await withApp(suite, { osLocale: 'en-US' }, async (app) => {
      const { page } = app;
      await page.getByRole('heading', { name: 'Welcome to DealPOS Companion' }).waitFor();

      await page.getByRole('radio', { name: 'Bahasa Indonesia' }).click();
      await page.getByRole('button', { name: /Hubungkan ke toko DealPOS saya/ }).waitFor();
      await page.getByRole('button', { name: /Coba demo/ }).waitFor();
      expect(app.settings.current).toMatchObject({ language: 'id' });
      expect(await page.evaluate('document.documentElement.lang')).toBe('id');
      await expectNoEnglishLeft(app);
      await app.screenshot('welcome-id');

      await page.getByRole('button', { name: /Hubungkan ke toko DealPOS saya/ }).click();
      for (const label of ['Alamat toko', 'Client ID', 'Client Secret'])
        await page.getByLabel(label).waitFor();
      await page.getByRole('button', { name: 'Uji koneksi' }).click();
      await page.getByRole('alert').getByText('Ada isian yang kosong atau terlalu panjang.').waitFor();
      await expectNoEnglishLeft(app);
      await app.screenshot('connect-id');

      await page.getByRole('button', { name: 'Kembali' }).click();
      await page.getByRole('button', { name: /Coba demo/ }).click();
      await page.getByTestId('demo-badge').waitFor();
      for (const section of sections.id) await page.getByRole('tab', { name: section }).waitFor();
      await page.getByText('Toko demo', { exact: true }).waitFor();
      await expectNoEnglishLeft(app);
      await app.screenshot('frame-id');

      await page.getByRole('tab', { name: 'Pengaturan' }).click();
      await page.getByRole('button', { name: 'Keluar dari demo' }).waitFor();
      await expectNoEnglishLeft(app);
      await app.screenshot('settings-id');

      await page.getByRole('radio', { name: 'English' }).first().click();
      await page.getByRole('tab', { name: 'Settings', selected: true }).waitFor();
      await page.getByRole('button', { name: 'Leave the demo' }).waitFor();
      expect(app.settings.current).toMatchObject({ language: 'en' });
    });
  });

  test('an Indonesian Windows starts in Bahasa Indonesia until someone picks English', async () => {
    await withApp(suite, { osLocale: 'id-ID' }, async (app) => {
      await app.page.getByRole('button', { name: /Hubungkan ke toko DealPOS saya/ }).waitFor();
      expect(app.settings.current).toEqual({});
    });
    await withApp(suite, { osLocale: 'id-ID', settings: { language: 'en' } }, async (app) => {
      await app.page.getByRole('button', { name: /Connect to my DealPOS store/ }).waitFor();
    });
  });
});
