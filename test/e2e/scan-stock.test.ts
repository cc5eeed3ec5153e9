import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningSimulator } from '../../main/simulator/index.ts';
import { stockLevel, totalOnHand } from '../../main/simulator/seed/stock.ts';
import { seedStore } from '../../main/simulator/store.ts';
import { simulatedDemo } from '../support/simulated-demo.ts';
import type { AppUnderTest } from './harness/app-under-test.ts';
import { typeAtPace } from './harness/scanner-keys.ts';
import { type Suite, startSuite } from './harness/suite.ts';
import { withApp } from './harness/with-app.ts';

// Stock at the counter in real Chromium: the demo store is the simulator in its live profile
// (products with stock, RecordsCount -1, pages cut to 1,000 without a word); the catalog goes
// into real IndexedDB from /Product, a scanner is played with exact key timestamps, and "Stock
// in every outlet" asks DealPOS through the real main-process handler.

const seed = 11;
const variants = 1_500;
const store = seedStore(seed, variants, 'live');

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

const liveDemo = () => simulatedDemo({ seed, variants });

const asked = (sim: RunningSimulator | null) =>
  sim?.controls.requests('POST inventory/codearraygroupbyoutlet') ?? 0;

/** A discontinued item with a size or colour and stock on hand: everything the panel can show. */
const discontinued = store.catalog.variants.find(
  (v) => v.discontinued && v.model !== '' && v.type === 'Standard' && totalOnHand(seed, v, store.outlets) > 0,
)!;

async function downloadCatalog(app: AppUnderTest): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: /Try the demo/ }).click();
  await page.getByTestId('demo-badge').waitFor();
  await page.getByRole('button', { name: 'Download catalog' }).click();
  await page.getByText('1,500 items').waitFor({ timeout: 60_000 });
  await page.getByText('complete', { exact: true }).waitFor();
}

describe('stock at the counter', { timeout: 120_000 }, () => {
  test('a scan shows category, discontinued and stock with its age; stock in every outlet comes from one question', async () => {
    const demo = liveDemo();
    await withApp(suite, { startDemo: () => demo.start() }, async (app) => {
      const { page } = app;
      await downloadCatalog(app);
      await page.getByRole('textbox', { name: 'Code' }).focus();
      await typeAtPace(page, discontinued.code, 4);

      const found = page.getByTestId('scan-found');
      await found.waitFor();
      const text = (await found.textContent()) ?? '';
      expect(text).toContain(discontinued.product.category.name);
      expect(text).toContain('Discontinued');
      const onHand = totalOnHand(seed, discontinued, store.outlets);
      expect(await page.getByTestId('scan-stock').textContent()).toBe(
        `Stock ${onHand.toLocaleString('en')} (all outlets) · now`,
      );
      await app.screenshot('scan-stock');

      // Reached from the keyboard: Tab to the action, Enter.
      const before = await asked(demo.sim);
      const action = page.getByRole('button', { name: 'Stock in every outlet' });
      await action.focus();
      await page.keyboard.press('Enter');
      const table = page.getByRole('table', {
        name: new RegExp(`^Stock of ${discontinued.code} in every outlet`),
      });
      await table.waitFor();
      expect(await asked(demo.sim)).toBe(before + 1);
      for (const outlet of store.outlets.filter((o) => !o.suspended)) {
        const level = stockLevel(seed, discontinued, outlet);
        const row = table.getByRole('row', { name: new RegExp(`^${outlet.name}\\b`) });
        expect((await row.getByRole('cell').allTextContents()).map((c) => c.trim())).toEqual([
          String(level.OnHand),
          String(level.Allocated),
          String(level.Available),
        ]);
      }
      // The demo counter works at the first outlet: its row comes first and says so.
      const firstOutlet = store.outlets[0]!.name;
      expect((await table.getByRole('rowheader').first().textContent())?.trim()).toBe(
        `${firstOutlet} (here)`,
      );
      await app.screenshot('scan-stock-everywhere');

      // The same in Bahasa Indonesia.
      await page.getByRole('radio', { name: 'Bahasa Indonesia' }).click();
      await page.getByRole('button', { name: 'Stok di semua outlet' }).waitFor();
      expect(await page.getByTestId('scan-stock').textContent()).toMatch(
        /^Stok [\d.]+ \(semua outlet\) · sekarang$/,
      );
      await app.screenshot('scan-stock-id');
    });
  });

  test('offline, "Stock in every outlet" says so plainly and sends nothing', async () => {
    const demo = liveDemo();
    await withApp(suite, { startDemo: () => demo.start() }, async (app) => {
      const { page } = app;
      await downloadCatalog(app);
      const before = await asked(demo.sim);
      // The network goes away for the page: navigator.onLine turns false, as when a cable is
      // pulled. (The test server's favicon is answered here, so Chromium's late fetch of it does
      // not count as a page error.)
      await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
      await page.context().setOffline(true);
      await page.getByRole('textbox', { name: 'Code' }).focus();
      await typeAtPace(page, discontinued.code, 4);
      await page.getByTestId('scan-found').waitFor();
      await page.getByRole('button', { name: 'Stock in every outlet' }).click();
      await page
        .getByRole('alert')
        .getByText(/^Offline: stock in the other outlets needs DealPOS\. Nothing was sent/)
        .waitFor();
      expect(await asked(demo.sim)).toBe(before);
      await app.screenshot('scan-stock-offline');
      await page.context().setOffline(false);
    });
  });
});
