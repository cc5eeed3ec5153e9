import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSimulator } from '../../main/simulator/index.ts';
import { chooseOutlet, typeCredentials } from './harness/connect-flow.ts';
import { type Suite, startSuite } from './harness/suite.ts';
import { withApp } from './harness/with-app.ts';

let suite: Suite;

beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

const leftOf = (text: string | null) => Number(/^(\d+) of 50 left$/.exec(text ?? '')?.[1] ?? Number.NaN);

describe('the quota meter', () => {
  test('counts the requests the counter spends and the time until the next one frees up', async () => {
    const sim = await startSimulator({ variants: 200, quiet: true });
    try {
      await withApp(suite, { localStores: [sim.baseUrl] }, async (app) => {
        const { page } = app;
        await typeCredentials(page, { host: sim.baseUrl, ...sim.credentials.full });
        await chooseOutlet(page, 'Pluit');

        // The test spent a token request and an outlet list: both count against the account.
        const left = page.getByTestId('quota-left');
        await expect.poll(async () => leftOf(await left.textContent())).toBe(48);
        const countdown = page.getByTestId('quota-countdown');
        expect(await countdown.textContent()).toMatch(/^1 more in [23]:\d\d$/);
        const first = await countdown.textContent();
        await expect.poll(() => countdown.textContent(), { timeout: 10_000 }).not.toBe(first);

        // Changing the outlet asks DealPOS for the list again (the saved connection's client
        // also fetches its own token first): main pushes the new count while the dialog is open.
        await page.getByRole('tab', { name: 'Settings' }).click();
        await page.getByRole('button', { name: 'Change outlet' }).click();
        const dialog = page.getByRole('dialog', { name: 'Choose the outlet of this counter' });
        await dialog.getByRole('radio', { name: /Bandung Dago/ }).click();
        await expect.poll(async () => leftOf(await left.textContent())).toBeLessThan(48);
        await app.screenshot('settings-change-outlet');
        await dialog.getByRole('button', { name: 'Use this outlet' }).click();
        await page.getByTestId('outlet-name').filter({ hasText: 'Bandung Dago' }).waitFor();
        await app.screenshot('quota-after-requests');
      });
    } finally {
      await sim.close();
    }
  });
});
