import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { SimFixtures } from '../../../main/simulator/index.ts';
import { type SimulatedDemo, simulatedDemo } from '../../support/simulated-demo.ts';
import type { AppUnderTest } from '../harness/app-under-test.ts';
import { type Suite, startSuite } from '../harness/suite.ts';

// What the back-office flows share: the demo store they steer, the screen's parts and the
// manager's approval, as a supervisor meets them.

// The frame shows the screen once app-frame.tsx routes to it; until then there is nothing to drive.
const frameSource = readFileSync(
  join(import.meta.dirname, '../../../renderer/src/frame/app-frame.tsx'),
  'utf8',
);
export const routed = frameSource.includes('BackOfficeScreen');

/** One Chromium and the served renderer for the file, when the frame routes to the screen. */
export function officeSuite(): { readonly suite: Suite } {
  let suite: Suite | undefined;
  beforeAll(async () => {
    if (routed) suite = await startSuite();
  });
  afterAll(async () => {
    await suite?.close();
  });
  return {
    get suite() {
      if (!suite) throw new Error('the suite has not started');
      return suite;
    },
  };
}

/** A demo store the test can read and steer through the simulator's test controls. */
export const demoStore = () => simulatedDemo({ seed: 42, variants: 300, categoryRequired: false });

export interface DealposInvoice {
  Total: number;
  Customer: { Name: string } | null;
}

/** The invoice as DealPOS itself answers it (Invoice/Detail asked straight, outside the app). */
export async function dealposInvoice(
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
export async function scan(app: AppUnderTest, code: string): Promise<void> {
  await app.page.keyboard.type(code, { delay: 4 });
  await app.page.keyboard.press('Enter');
}

/** The frame's tab for this screen, whatever its label says. */
export const officeTab = (app: AppUnderTest) => app.page.locator('[role="tab"][id$="-trigger-office"]');

export async function openOffice(app: AppUnderTest): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: /Try the demo/ }).click();
  await page.getByTestId('demo-badge').waitFor();
  // The demo starts without a manager passcode; a shop sets one when it connects.
  expect(await app.invokeRaw('manager:set-passcode', { next: managerPasscode })).toMatchObject({ ok: true });
  await officeTab(app).click();
  await page.getByTestId('office-invoices').waitFor();
}

export const result = (app: AppUnderTest) => app.page.getByTestId('write-result');

export const managerPasscode = '2468';

/** The manager dialog: the passcode (set through the bridge for this demo), a name, Enter. */
export async function approveAsManager(app: AppUnderTest, title: string): Promise<void> {
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
export const dialog = (app: AppUnderTest) => app.page.getByTestId('office-confirm');

/** The whole dialog fits a 1280×800 screen: nobody scrolls to find the confirm button. */
export async function expectOnScreen(app: AppUnderTest, name: string | RegExp): Promise<void> {
  const box = await app.page.getByRole('button', { name }).boundingBox();
  expect(box && box.y + box.height).toBeLessThanOrEqual(800);
}
