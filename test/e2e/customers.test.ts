import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { messages } from '../../renderer/src/customers/messages.ts';
import { messages as managerMessages } from '../../renderer/src/manager/messages.ts';
import { simulatedDemo } from '../support/simulated-demo.ts';
import type { AppUnderTest } from './harness/app-under-test.ts';
import { type Suite, startSuite } from './harness/suite.ts';
import { withApp } from './harness/with-app.ts';

// The Customers screen in real Chromium over the real main-process handlers and a demo store:
// a member card scanned, a wrong PIN then the right one on the keypad (keys and clicks), a
// lockout an admin clears, the check log exported as CSV, offline said plainly.

// The frame shows the Customers screen once app-frame.tsx routes to it; until then there is
// nothing to drive here.
const frameSource = readFileSync(join(import.meta.dirname, '../../renderer/src/frame/app-frame.tsx'), 'utf8');
const routed = frameSource.includes('CustomersScreen');

let suite: Suite;
beforeAll(async () => {
  if (routed) suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

/** A demo store the test can read the PINs of, and stop to take the network away. */
const demoStore = () => simulatedDemo({ seed: 42, variants: 200 });

const wrongPin = (pin: string) =>
  [...pin].map((digit, i) => (i === 0 ? String((Number(digit) + 1) % 10) : digit)).join('');

async function openCustomers(app: AppUnderTest, tab = 'Customers'): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: /Try the demo/ }).click();
  await page.getByTestId('demo-badge').waitFor();
  await page.getByRole('tab', { name: tab }).click();
  await page.getByRole('textbox').first().waitFor();
}

/**
 * Types like a USB scanner into the customer search: every key 4 ms after the last, then Enter.
 * A scanner's keys go wherever focus is, so the search box must have it first (the screen gives
 * it on opening and after every check; on a busy machine that can come after the box is drawn).
 */
async function scan(app: AppUnderTest, code: string): Promise<void> {
  await expect.poll(() => app.page.evaluate('document.activeElement?.id')).toBe('customers-query');
  await app.page.keyboard.type(code, { delay: 4 });
  await app.page.keyboard.press('Enter');
}

/** Types like a person at the keypad: keys ~100 ms apart (a scanner is 10 times faster). */
async function typePin(app: AppUnderTest, pin: string, numpad = false): Promise<void> {
  for (const digit of pin) {
    await app.page.keyboard.press(numpad ? `Numpad${digit}` : digit);
    await app.page.waitForTimeout(100);
  }
}

/** The whole keypad, OK included, fits a 1280×800 screen: nobody scrolls at the counter. */
async function expectKeypadOnScreen(app: AppUnderTest, ok = 'Check PIN'): Promise<void> {
  const box = await app.page.getByRole('button', { name: ok, exact: true }).boundingBox();
  expect(box && box.y + box.height).toBeLessThanOrEqual(800);
}

const managerPasscode = '2468';

/** Settings, Manager passcode: the first one typed twice, as a manager would. */
async function setPasscodeInSettings(app: AppUnderTest, passcode: string): Promise<void> {
  const { page } = app;
  await page.getByRole('tab', { name: 'Settings' }).click();
  await page.getByLabel('New passcode', { exact: true }).fill(passcode);
  await page.getByLabel('New passcode again').fill(passcode);
  await page.getByRole('button', { name: 'Set passcode' }).click();
  await page.getByText('The manager passcode is saved.').waitFor();
  await app.screenshot('settings-manager-passcode');
}

const dots = (app: AppUnderTest) => app.page.getByTestId('pin-dots').getAttribute('data-typed');

describe.skipIf(!routed)('customer lookup and PIN check at the counter', () => {
  test('a scanned member card shows the customer; a wrong PIN then the right one on the keypad', async () => {
    const demo = demoStore();
    await withApp(suite, { startDemo: () => demo.start() }, async (app) => {
      const { page } = app;
      await openCustomers(app);
      const customer = demo.controls.fixtures().customers.find((c) => c.Status === 'Active')!;

      // The search has the keys when the screen opens: a member card scan goes straight in.
      await scan(app, customer.Code);
      const card = page.getByTestId('customer-card');
      await card.waitFor();
      expect(await card.textContent()).toContain(customer.Code);
      expect(await page.getByTestId('customer-card').getByTestId('customer-status').textContent()).toBe(
        'Active',
      );

      // The keyboard's number row, masked as dots.
      await typePin(app, wrongPin(customer.PIN).slice(0, 3));
      await expect.poll(() => dots(app)).toBe('3');
      expect(await page.getByTestId('pin-panel').textContent()).not.toContain(customer.PIN.slice(0, 3));
      await expectKeypadOnScreen(app);
      await app.screenshot('customers-keypad');
      await typePin(app, wrongPin(customer.PIN).slice(3));
      await page.keyboard.press('Enter');
      const outcome = page.getByTestId('pin-outcome');
      await outcome.and(page.locator('[data-result="wrong"]')).waitFor();
      expect(await outcome.textContent()).toContain('4 of 5 tries left');
      expect(await dots(app)).toBe('0');
      await expectKeypadOnScreen(app);

      // The on-screen keys, with one slip corrected by the delete key.
      const keypad = page.getByRole('group', { name: 'PIN keypad' });
      await keypad.getByRole('button', { name: '9', exact: true }).click();
      await keypad.getByRole('button', { name: 'Delete the last digit' }).click();
      for (const digit of customer.PIN)
        await keypad.getByRole('button', { name: digit, exact: true }).click();
      await expect.poll(() => dots(app)).toBe(String(customer.PIN.length));
      await page.getByRole('button', { name: 'Check PIN' }).click();
      await page.locator('[data-result="verified"]').waitFor();
      expect(await outcome.textContent()).toContain('Right PIN');
      await app.screenshot('customers-verified');

      // This shift's list shows the check; the search has the keys again for the next card.
      expect(await page.getByTestId('recent-customers').textContent()).toContain('Right PIN');
      await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('customers-query');
    });
  });

  test('five wrong PINs lock the customer; a manager clears it with the passcode, a wrong one is refused; the log exports as CSV', async () => {
    const demo = demoStore();
    await withApp(suite, { startDemo: () => demo.start() }, async (app) => {
      const { page } = app;
      await openCustomers(app);
      // The demo starts without a manager passcode: the manager sets one in Settings first.
      await setPasscodeInSettings(app, managerPasscode);
      await page.getByRole('tab', { name: 'Customers' }).click();
      await page.getByRole('textbox').first().waitFor();
      const customers = demo.controls.fixtures().customers.filter((c) => c.Status === 'Active');
      const customer = customers[1]!;

      await page.getByRole('radio', { name: 'Mobile number' }).click();
      const national = customer.MobilePhone.slice(1);
      await page.keyboard.type(`+62 ${national.slice(0, 3)}-${national.slice(3, 7)}-${national.slice(7)}`, {
        delay: 60,
      });
      await page.keyboard.press('Enter');
      await page.getByTestId('customer-card').waitFor();

      for (let i = 0; i < 5; i++) {
        await typePin(app, wrongPin(customer.PIN), true);
        await page.keyboard.press('NumpadEnter');
        await page.locator(`[data-result="${i < 4 ? 'wrong' : 'locked'}"]`).waitFor();
      }
      expect(await page.getByTestId('pin-outcome').textContent()).toMatch(/Locked until \d{2}[.:]\d{2}/);
      // Locked: no keypad, and keys do nothing. The rest of a PIN typed now lands in no field: a PIN
      // never shows on screen.
      const search = page.getByRole('textbox', { name: 'Find a customer' });
      const searched = await search.inputValue();
      await typePin(app, '1');
      await typePin(app, customer.PIN.slice(0, 3), true);
      expect(await page.getByRole('group', { name: 'PIN keypad' }).count()).toBe(0);
      expect(await search.inputValue()).toBe(searched);
      expect(await page.evaluate('document.activeElement?.tagName')).not.toBe('INPUT');
      await app.screenshot('customers-locked');

      await page.getByRole('button', { name: 'Clear the lock (manager)' }).click();
      const dialog = page.getByRole('dialog', { name: /^Clear the lock for / });
      await dialog.waitFor();
      // The keys start in the passcode field, which never shows what is typed.
      await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('approval-passcode');
      expect(await dialog.getByLabel('Manager passcode').getAttribute('type')).toBe('password');
      await app.screenshot('customers-clear-lock');

      // A wrong passcode, typed by a person: refused with the tries left, the customer stays locked.
      await page.keyboard.type('1111', { delay: 60 });
      await page.keyboard.press('Tab');
      await page.keyboard.type('Ibu Sari', { delay: 20 });
      await page.waitForTimeout(100); // a person's pause before Enter (the scanner guard ignores a burst's Enter)
      await page.keyboard.press('Enter');
      const notice = dialog.locator('[data-approval="wrong"]');
      await notice.waitFor();
      expect(await notice.textContent()).toBe('Wrong manager passcode. 4 tries left before it locks.');
      expect(await dialog.getByLabel('Manager passcode').inputValue()).toBe('');
      expect(await dialog.textContent()).not.toContain('1111');
      expect(await page.getByTestId('pin-outcome').getAttribute('data-result')).toBe('locked');
      await app.screenshot('manager-approval-wrong');

      // The right one clears the lock; the manager's name is remembered for the session.
      await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('approval-passcode');
      await page.keyboard.type(managerPasscode, { delay: 60 });
      await page.waitForTimeout(100);
      await page.keyboard.press('Enter');
      await page.getByRole('group', { name: 'PIN keypad' }).waitFor();
      expect(await page.getByRole('dialog').count()).toBe(0);
      await typePin(app, customer.PIN);
      await page.keyboard.press('Enter');
      await page.locator('[data-result="verified"]').waitFor();

      await page.getByRole('button', { name: 'PIN check log' }).click();
      const log = page.getByTestId('pin-audit');
      await log.getByText('Lock cleared by manager').waitFor();
      await log.getByText('Approved by Ibu Sari').waitFor();
      expect(await log.getByRole('row').count()).toBe(1 + 7);
      await app.screenshot('customers-log');

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export CSV' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^pin-checks-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
      const stream = await file.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      const csv = Buffer.concat(chunks).toString('utf8');
      expect(csv).toContain('"Time","Time (UTC)","Outlet","Customer code","Result","Approved by"');
      expect(csv.trim().split('\r\n')).toHaveLength(1 + 7);
      expect(csv).toContain(`"${customer.Code}","lockout-cleared","Ibu Sari"`);
      expect(csv).not.toContain(managerPasscode);
      expect(csv).not.toMatch(new RegExp(`(?<![0-9])${customer.PIN}(?![0-9])`));
    });
  });

  test('an inactive customer is shown as such and gets no keypad; offline, the check says it needs the network', async () => {
    const demo = demoStore();
    await withApp(suite, { startDemo: () => demo.start() }, async (app) => {
      const { page } = app;
      await openCustomers(app);
      const { customers } = demo.controls.fixtures();
      const inactive = customers.find((c) => c.Status === 'Inactive')!;
      const active = customers.find((c) => c.Status === 'Active')!;

      await scan(app, inactive.Code);
      await page.getByTestId('pin-refused').waitFor();
      expect(await page.getByTestId('customer-card').getByTestId('customer-status').textContent()).toBe(
        'Inactive',
      );
      expect(await page.getByRole('group', { name: 'PIN keypad' }).count()).toBe(0);

      await page.getByRole('textbox', { name: 'Find a customer' }).fill(active.Code);
      // A person's Enter: one within 80 ms of the scan's Enter is the scanner's CR+LF tail to the
      // wedge, and an idle machine gets here that fast (50-90 ms measured).
      await page.waitForTimeout(100);
      await page.keyboard.press('Enter');
      await page.getByRole('group', { name: 'PIN keypad' }).waitFor();
      await demo.sim?.close(); // the internet is gone
      await typePin(app, active.PIN);
      await page.keyboard.press('Enter');
      await page.locator('[data-result="offline"]').waitFor();
      expect(await page.getByTestId('pin-outcome').textContent()).toContain('Nothing was checked');
      await app.screenshot('customers-offline');
    });
  });

  test('in Bahasa Indonesia every text of the screen is Indonesian', async () => {
    const demo = demoStore();
    await withApp(suite, { startDemo: () => demo.start(), osLocale: 'id-ID' }, async (app) => {
      const { page } = app;
      await page.getByRole('button', { name: /Coba demo/ }).click();
      await page.getByTestId('demo-badge').waitFor();
      await page.getByRole('tab', { name: 'Pelanggan' }).click();
      const customer = demo.controls.fixtures().customers.find((c) => c.Status === 'Active')!;
      await page.getByRole('textbox', { name: 'Cari pelanggan' }).waitFor();
      await scan(app, customer.Code);
      // The keypad comes with the card; on a busy PC the lookup takes a while, and digits typed
      // before it is there go nowhere (as at the counter).
      await page.getByRole('group', { name: 'Tombol PIN' }).waitFor();
      await typePin(app, wrongPin(customer.PIN));
      await page.keyboard.press('Enter');
      await page.getByText('PIN salah.').waitFor();
      await expectKeypadOnScreen(app, 'Cek PIN');
      const shown = (await page.locator('main').textContent()) ?? '';
      const english = Object.values(messages.en).flatMap((group) => Object.values(group));
      const indonesian = new Set(Object.values(messages.id).flatMap((group) => Object.values(group)));
      const leftovers = english.filter(
        (text) => !indonesian.has(text) && !text.includes('{{') && shown.includes(text),
      );
      expect(leftovers).toEqual([]);
      await app.screenshot('customers-id');

      // The manager dialog, in Indonesian, refusing a wrong passcode.
      expect(await app.invokeRaw('manager:set-passcode', { next: managerPasscode })).toMatchObject({
        ok: true,
      });
      // Four more wrong PINs (one was typed above), each answered before the next: the fifth locks.
      for (let left = 3; left >= 0; left--) {
        await typePin(app, wrongPin(customer.PIN));
        await page.keyboard.press('Enter');
        const outcome = page.getByTestId('pin-outcome');
        if (left > 0) await outcome.getByText(`Sisa ${left} dari 5`).waitFor();
        else await page.locator('[data-result="locked"]').waitFor();
      }
      await page.getByRole('button', { name: 'Buka kunci (manajer)' }).click();
      const dialog = page.getByRole('dialog', { name: /^Buka kunci untuk / });
      await dialog.waitFor();
      await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('approval-passcode');
      await page.keyboard.type('1111', { delay: 60 });
      await page.keyboard.press('Tab');
      await page.keyboard.type('Pak Budi', { delay: 20 });
      await page.waitForTimeout(100);
      await page.keyboard.press('Enter');
      const notice = dialog.locator('[data-approval="wrong"]');
      await notice.waitFor();
      expect(await notice.textContent()).toBe('Sandi manajer salah. Sisa 4 kali lagi sebelum terkunci.');
      const inDialog = (await dialog.textContent()) ?? '';
      const managerEnglish = Object.values(managerMessages.en).flatMap((group) => Object.values(group));
      expect(managerEnglish.filter((text) => !text.includes('{{') && inDialog.includes(text))).toEqual([]);
      await app.screenshot('manager-approval-id');
    });
  });
});
