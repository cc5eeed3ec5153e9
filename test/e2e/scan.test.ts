import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type SimulatedDemo, simulatedDemo } from '../support/simulated-demo.ts';
import type { AppUnderTest } from './harness/app-under-test.ts';
import { typeAtPace } from './harness/scanner-keys.ts';
import { type Suite, startSuite } from './harness/suite.ts';
import { recordTones } from './harness/tone-recorder.ts';
import { withApp } from './harness/with-app.ts';

// The scan screen in real Chromium: the catalog downloaded into real IndexedDB from the demo
// store, a USB scanner played as real key events 4 ms apart, the beep heard through WebAudio.

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

/**
 * A demo store the test can stop, to take the network away. The live profile: the catalog comes
 * from /Product in one page and an empty one that proves the end (the /Variant and by-category
 * syncs are tested in Node).
 */
const stoppableDemo = () => simulatedDemo({ seed: 7, variants: 1500 });

const tones = (app: AppUnderTest) => app.page.evaluate<number[]>('window.__tones');

async function openDemoAndDownload(app: AppUnderTest): Promise<void> {
  const { page } = app;
  await page.addInitScript(recordTones);
  await page.reload();
  await page.getByRole('button', { name: /Try the demo/ }).click();
  await page.getByTestId('demo-badge').waitFor();
  await page.getByRole('button', { name: 'Download catalog' }).click();
  await page.getByText('1,500 items').waitFor();
  await page.getByText('complete', { exact: true }).waitFor();
}

/** Types like a USB scanner: every key 4 ms after the last, then Enter. */
const scan = (app: AppUnderTest, code: string) => typeAtPace(app.page, code, 4);

/** A code the demo store sells (not discontinued). */
async function someCode(demo: SimulatedDemo): Promise<string> {
  const fixtures = demo.controls.fixtures();
  const code = fixtures.sampleVariantCodes.find((c) => !fixtures.discontinuedCodes.includes(c));
  if (!code) throw new Error('the demo store has no code to scan');
  return code;
}

/** Whether the scan box (the Code field) has the keys. */
const scanBoxHasFocus = async (app: AppUnderTest) =>
  (await app.page.evaluate("document.activeElement?.getAttribute('aria-label')")) === 'Code';

describe('scanning at the counter', () => {
  test('a scan finds the item in the catalog on this computer, shows it large and beeps high', async () => {
    const demo = stoppableDemo();
    await withApp(suite, { startDemo: () => demo.start() }, async (app) => {
      await openDemoAndDownload(app);
      const code = await someCode(demo);
      const input = app.page.getByRole('textbox', { name: 'Code' });
      await input.focus();

      const fates = await scan(app, code);
      const found = app.page.getByTestId('scan-found');
      await found.waitFor();
      expect(await found.textContent()).toContain(code);
      expect(await app.page.getByTestId('scan-price').textContent()).toMatch(/^Rp\s?[\d.]+$/);
      // The scanner's keys went to the scan: every keydown, Enter too, was kept from the focused field.
      expect(fates.filter((fate) => !fate.prevented)).toEqual([]);
      expect(fates).toHaveLength(code.length + 1);
      expect(await input.inputValue()).toBe('');
      expect(await tones(app)).toEqual([1760]);

      await scan(app, code);
      await app.page.getByText('×2').waitFor();
      expect(await app.page.getByTestId('scan-total').textContent()).toBe('2 scanned');
      await app.screenshot('scan-found');

      const measures = await app.page.evaluate(() =>
        performance.getEntriesByName('scan-to-paint').map((entry) => entry.duration),
      );
      expect(measures).toHaveLength(2);

      // The scanned items go to label printing: one line, two labels (scanned twice).
      await app.page.getByRole('button', { name: 'Print labels for these' }).click();
      await app.page.getByText('Items scanned at the counter: 1 item, one label per scan.').waitFor();
      await app.page.getByText('2 labels').first().waitFor();
      await app.screenshot('scan-to-labels');
    });
  });

  test('a person typing a code into the field is not taken for a scanner', async () => {
    const demo = stoppableDemo();
    await withApp(suite, { startDemo: () => demo.start() }, async (app) => {
      await openDemoAndDownload(app);
      const code = await someCode(demo);
      const input = app.page.getByRole('textbox', { name: 'Code' });
      await input.focus();
      // A quick person, 110 ms between keys in real time (a busy machine only makes the gaps longer).
      await app.page.keyboard.type(code, { delay: 110 });
      await expect.poll(() => input.inputValue()).toBe(code);
      await app.page.keyboard.press('Enter');
      await app.page.getByTestId('scan-found').waitFor();
      expect(await input.inputValue()).toBe('');
    });
  });

  test('offline, scans still work, and an unknown code says DealPOS cannot be asked now', async () => {
    const demo = stoppableDemo();
    await withApp(suite, { startDemo: () => demo.start() }, async (app) => {
      await openDemoAndDownload(app);
      const code = await someCode(demo);
      await demo.sim?.close(); // the internet is gone

      await scan(app, code);
      await app.page.getByTestId('scan-found').waitFor();

      await scan(app, 'ZZ-NOT-A-CODE');
      const notFound = app.page.getByTestId('scan-not-found');
      await notFound.waitFor();
      expect((await tones(app)).slice(-2)).toEqual([220, 220]);
      // The keys stay in the scan box after every answer, found or not: the next scan lands there.
      await expect.poll(() => scanBoxHasFocus(app)).toBe(true);
      await app.page.getByRole('button', { name: 'Look it up in DealPOS' }).click();
      await app.page.getByText(/Offline: DealPOS cannot be asked now/).waitFor();
      await expect.poll(() => scanBoxHasFocus(app)).toBe(true);
      // Now the app knows it is offline: the next unknown code offers no lookup that cannot work.
      await scan(app, 'ZZ-NOT-A-CODE-2');
      await app.page.getByTestId('scan-not-found').getByText('ZZ-NOT-A-CODE-2').waitFor();
      await app.page.getByTestId('scan-offline').waitFor();
      expect(await app.page.getByRole('button', { name: 'Look it up in DealPOS' }).count()).toBe(0);
      await app.screenshot('scan-unknown-offline');
    });
  });

  test('online, an unknown code is looked up in DealPOS, kept in the catalog, and found next time offline', async () => {
    const demo = stoppableDemo();
    await withApp(suite, { startDemo: () => demo.start() }, async (app) => {
      await openDemoAndDownload(app);
      const code = await someCode(demo);
      // The item is missing from this computer's catalog (added in DealPOS after the download).
      // Page script as text: it runs in Chromium, where IndexedDB lives.
      await app.page.evaluate(`(async (missing) => {
        const db = await new Promise((resolve, reject) => {
          const request = indexedDB.open('dealpos-catalog');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        // Items live in packs (renderer/src/catalog/catalog-packs.ts): the pack is written back without it.
        for (const store of ['packsA', 'packsB']) {
          await new Promise((resolve) => {
            const tx = db.transaction(store, 'readwrite');
            const get = tx.objectStore(store).index('codes').getAll(missing);
            get.onsuccess = () => {
              for (const pack of get.result) {
                const items = pack.items.filter((item) => item.code !== missing);
                tx.objectStore(store).put({
                  ...pack,
                  items,
                  codes: items.map((item) => item.code),
                  ids: items.map((item) => item.id),
                });
              }
            };
            tx.oncomplete = () => resolve();
          });
        }
        db.close();
      })(${JSON.stringify(code)})`);

      await scan(app, code);
      await app.page.getByTestId('scan-not-found').waitFor();
      await app.page.getByRole('button', { name: 'Look it up in DealPOS' }).click();
      await app.page.getByText('Found in DealPOS and added to this computer’s catalog.').waitFor();
      await app.screenshot('scan-found-online');

      await scan(app, 'NO-SUCH-CODE-1');
      await app.page.getByRole('button', { name: 'Look it up in DealPOS' }).click();
      await app.page.getByText('DealPOS does not know this code either.').waitFor();
      await app.screenshot('scan-unknown-online');

      await demo.sim?.close();
      await scan(app, code);
      await app.page.getByTestId('scan-found').waitFor();
    });
  });

  test('the calibration screen learns the scanner from the test barcode', async () => {
    const demo = stoppableDemo();
    await withApp(suite, { startDemo: () => demo.start() }, async (app) => {
      await app.page.getByRole('button', { name: /Try the demo/ }).click();
      await app.page.getByTestId('demo-badge').waitFor();
      await app.page.getByRole('button', { name: 'Calibrate scanner' }).click();
      await app.page.getByTestId('calibration-barcode').waitFor();
      await app.page.getByTestId('calibration-listening').waitFor();
      await scan(app, 'DPC-2468-QAZ');
      await app.page.getByText(/Scanner calibrated: \d+ ms between keys/).waitFor();
      await app.screenshot('scan-calibrated');
    });
  });
});
