import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { calibrationCode } from '../../renderer/src/scanner/calibration.ts';
import type { KeyStroke } from '../../renderer/src/scanner/key-stroke.ts';
import { keysFor, seededRandom, type Terminator, terminatorKeys, wiredPace } from '../scanner/timelines.ts';
import { type SimulatedDemo, simulatedDemo } from '../support/simulated-demo.ts';
import type { AppUnderTest } from './harness/app-under-test.ts';
import { type Suite, startSuite } from './harness/suite.ts';
import { withApp } from './harness/with-app.ts';
import { playTimeline, typingKeys } from './scanner-timeline.ts';

// Scanners as shops have them, in real Chromium over the real main-process handlers: a
// 2.4 GHz scanner that pauses inside a code, one that ends codes with a line feed (Ctrl+J),
// and a member card read on the customers keypad through the same keyboard wedge. The keys are
// played inside the page with exact timestamps (scanner-timeline.ts).

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

const demoStore = (variants: number, categoryRequired = true) =>
  simulatedDemo({ seed: 7, variants, categoryRequired });

/**
 * A wireless scan: runs of 4 keys 2 ms apart, 120 ms pauses between them (each pause over the
 * old 40 ms limit, which split such a code), then the terminator.
 */
function wirelessScan(code: string, terminator: Terminator, pauseMs = 120): KeyStroke[] {
  const gaps = [...code].map((_, i) => ((i + 1) % 4 === 0 ? pauseMs : 2));
  const keys = keysFor(code, 0, gaps);
  const last = (keys.at(-1) as KeyStroke).time;
  return [...keys, ...terminatorKeys(terminator, last + 2, wiredPace, seededRandom(1))];
}

/** A scanner that ends codes with LF, which the browser sees as Ctrl+J. */
function lineFeedScan(code: string): KeyStroke[] {
  const keys = keysFor(
    code,
    0,
    [...code].map((_, i) => 8 + (i % 3) * 9),
  );
  return [...keys, ...terminatorKeys('LF', (keys.at(-1) as KeyStroke).time + 12, wiredPace, seededRandom(2))];
}

/** An EAN-13 the demo store sells (13 keys: three pauses) and a SKU with letters and a dash. */
async function codesToScan(demo: SimulatedDemo): Promise<[string, string]> {
  const fixtures = demo.controls.fixtures();
  const selling = fixtures.sampleVariantCodes.filter((c) => !fixtures.discontinuedCodes.includes(c));
  const ean = selling.find((c) => /^\d{13}$/.test(c));
  const sku = selling.find((c) => /^[A-Z]+\d+-/.test(c));
  if (!ean || !sku) throw new Error('the demo store has no EAN-13 and SKU to scan');
  return [ean, sku];
}

async function openScanWithCatalog(app: AppUnderTest): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: /Try the demo/ }).click();
  await page.getByTestId('demo-badge').waitFor();
  await page.getByRole('button', { name: 'Download catalog' }).click();
  await page.getByText('800 items').waitFor({ timeout: 30_000 });
  await page.getByText('complete', { exact: true }).waitFor();
}

describe('scanners as shops really have them', { timeout: 90_000 }, () => {
  test('a wireless scanner that pauses inside a code, and one that ends with a line feed, both find the item', async () => {
    const demo = demoStore(800, false);
    await withApp(suite, { startDemo: () => demo.start() }, async (app) => {
      await openScanWithCatalog(app);
      const [first, second] = await codesToScan(demo);
      const input = app.page.getByRole('textbox', { name: 'Code' });
      await input.focus();

      const wireless = await playTimeline(app.page, wirelessScan(first, 'Enter'));
      const found = app.page.getByTestId('scan-found');
      await found.waitFor();
      expect(await found.textContent()).toContain(first);
      // Every key of the scan, pauses and Enter included, was kept from the focused field.
      expect(typingKeys(wireless).filter((fate) => !fate.prevented)).toEqual([]);
      expect(await input.inputValue()).toBe('');
      await app.screenshot('scanner-wireless-pauses');

      const lineFeed = await playTimeline(app.page, lineFeedScan(second));
      await app.page.getByTestId('scan-found').filter({ hasText: second }).waitFor();
      expect(typingKeys(lineFeed).filter((fate) => !fate.prevented)).toEqual([]);
      expect(await input.inputValue()).toBe('');
      expect(await app.page.getByTestId('scan-total').textContent()).toBe('2 scanned');
      await app.screenshot('scanner-line-feed');

      // A scanner whose dongle pauses 350 ms (longer than the defaults wait): the calibration
      // screen listens through its pauses, learns them, and then its scans are read whole.
      await app.page.getByRole('button', { name: 'Calibrate scanner' }).click();
      await app.page.getByTestId('calibration-listening').waitFor();
      await playTimeline(app.page, wirelessScan(calibrationCode, 'Enter', 350));
      await app.page
        .getByText(
          /Scanner calibrated: \d+ ms between keys\. It pauses inside a code; the app now waits up to 525 ms/,
        )
        .waitFor();
      await app.screenshot('scanner-calibrated-wireless');
      await app.page.getByRole('button', { name: 'Close' }).click();
      await input.focus();
      const slowDongle = await playTimeline(app.page, wirelessScan(first, 'Enter', 350));
      await app.page.getByTestId('scan-found').filter({ hasText: first }).waitFor();
      await app.page.getByText('×2').waitFor();
      expect(typingKeys(slowDongle).filter((fate) => !fate.prevented)).toEqual([]);
      expect(await input.inputValue()).toBe('');
    });
  });

  // The frame routes to the Customers screen once app-frame.tsx has it (as customers.test.ts checks).
  const frame = readFileSync(join(import.meta.dirname, '../../renderer/src/frame/app-frame.tsx'), 'utf8');
  test.skipIf(!frame.includes('CustomersScreen'))(
    'on the customers keypad, a member card from a wireless scanner (CR+LF) opens that customer, not a PIN',
    async () => {
      const demo = demoStore(100);
      await withApp(suite, { startDemo: () => demo.start() }, async (app) => {
        const { page } = app;
        await page.getByRole('button', { name: /Try the demo/ }).click();
        await page.getByTestId('demo-badge').waitFor();
        await page.getByRole('tab', { name: 'Customers' }).click();
        await page.getByRole('textbox').first().waitFor();
        const [one, two] = demo.controls.fixtures().customers.filter((c) => c.Status === 'Active');
        if (!one || !two) throw new Error('the demo store has no active customers');

        // The search field has the keys first: a member card is found as typed there.
        await page.keyboard.type(one.Code, { delay: 4 });
        await page.keyboard.press('Enter');
        await page.getByTestId('customer-card').filter({ hasText: one.Code }).waitFor();
        await page.getByRole('group', { name: 'PIN keypad' }).waitFor();

        // Now the keypad listens: the next card goes through the wedge, never into the PIN.
        const fates = await playTimeline(page, wirelessScan(two.Code, 'CR+LF'));
        await page.getByTestId('customer-card').filter({ hasText: two.Code }).waitFor();
        expect(typingKeys(fates).filter((fate) => !fate.prevented)).toEqual([]);
        expect(await page.getByTestId('pin-dots').getAttribute('data-typed')).toBe('0');
        await app.screenshot('scanner-member-card-on-keypad');
      });
    },
  );

  test.skipIf(!frame.includes('CustomersScreen'))(
    'a scanner calibrated with a prefix and suffix finds a member card in the customer search by its bare code',
    async () => {
      const demo = demoStore(100);
      await withApp(suite, { startDemo: () => demo.start() }, async (app) => {
        const { page } = app;
        await page.getByRole('button', { name: /Try the demo/ }).click();
        await page.getByTestId('demo-badge').waitFor();
        const [one] = demo.controls.fixtures().customers.filter((c) => c.Status === 'Active');
        if (!one) throw new Error('the demo store has no active customers');

        // Calibrated on the scan screen: this scanner wraps every code in `x.` and `.y`.
        await page.getByRole('button', { name: 'Calibrate scanner' }).click();
        await page.getByTestId('calibration-listening').waitFor();
        await playTimeline(page, lineFeedScan(`x.${calibrationCode}.y`));
        await page.getByText(/Scanner calibrated: \d+ ms between keys\./).waitFor();
        await page.getByRole('button', { name: 'Close' }).click();

        // The customers screen reads it with those saved settings: the bare code is looked up.
        await page.getByRole('tab', { name: 'Customers' }).click();
        const search = page.getByRole('textbox', { name: 'Find a customer' });
        await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('customers-query');
        const fates = await playTimeline(page, lineFeedScan(`x.${one.Code}.y`));
        await page.getByTestId('customer-card').filter({ hasText: one.Code }).waitFor();
        expect(typingKeys(fates).filter((fate) => !fate.prevented)).toEqual([]);
        expect(await search.inputValue()).toBe(one.Code);
        await app.screenshot('scanner-calibrated-member-card');
      });
    },
  );
});
