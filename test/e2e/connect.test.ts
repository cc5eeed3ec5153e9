import { createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { type RunningSimulator, startSimulator } from '../../main/simulator/index.ts';
import { chooseOutlet, typeCredentials } from './harness/connect-flow.ts';
import { type Suite, startSuite } from './harness/suite.ts';
import { withApp } from './harness/with-app.ts';

let suite: Suite;
let sim: RunningSimulator;

beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});
// A fresh DealPOS per flow: its own rate window, not suspended.
beforeEach(async () => {
  sim = await startSimulator({ variants: 200, quiet: true });
  return () => sim.close();
});

/** A port on 127.0.0.1 where nothing listens: DealPOS "offline". */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('connecting a counter to its DealPOS store', () => {
  test('good credentials: the admin tests them, picks the outlet, and lands in the app for it', async () => {
    await withApp(suite, { localStores: [sim.baseUrl] }, async (app) => {
      const { page } = app;
      await app.screenshot('welcome');
      await typeCredentials(page, { host: sim.baseUrl, ...sim.credentials.full });

      await page.getByText(`Connected to ${sim.baseUrl}.`).waitFor();
      await page.getByRole('radio', { name: /Kelapa Gading/ }).waitFor();
      await app.screenshot('connect-choose-outlet');
      // Nothing is kept before the admin saves.
      expect(app.settings.current).toEqual({});

      await chooseOutlet(page, 'Kelapa Gading');
      await page.getByTestId('outlet-name').filter({ hasText: 'Kelapa Gading' }).waitFor();
      await expect.poll(() => page.getByTestId('connection-state').textContent()).toBe('Online');
      await page.getByRole('tab', { name: 'Scan', selected: true }).waitFor();
      await app.screenshot('connected-frame');

      const saved = app.settings.current as { connection: Record<string, unknown>; outlet: { name: string } };
      expect(saved.connection).toMatchObject({
        mode: 'live',
        host: sim.baseUrl,
        clientId: sim.credentials.full.clientId,
      });
      expect(saved.outlet.name).toBe('Kelapa Gading');
      expect(JSON.stringify(saved)).not.toContain(sim.credentials.full.clientSecret);
    });
  });

  test('a wrong secret is named as such, and nothing is saved', async () => {
    await withApp(suite, { localStores: [sim.baseUrl] }, async (app) => {
      const { page } = app;
      await typeCredentials(page, {
        host: sim.baseUrl,
        clientId: sim.credentials.full.clientId,
        clientSecret: 'not-the-secret',
      });
      const alert = page.getByRole('alert');
      await alert.getByText('DealPOS did not accept this client ID or client secret.').waitFor();
      await app.screenshot('connect-wrong-secret');
      expect(await alert.getAttribute('data-error-kind')).toBe('auth');
      expect(app.settings.current).toEqual({});
      expect(app.services.connection.view().mode).toBe('none');
    });
  });

  test("a user without the outlet role sees DealPOS's own words for the missing role", async () => {
    // The simulator's productsOnly client holds Products VIEW only, so the outlet list answers 403.
    await withApp(suite, { localStores: [sim.baseUrl] }, async (app) => {
      const { page } = app;
      await typeCredentials(page, { host: sim.baseUrl, ...sim.credentials.productsOnly });
      const alert = page.getByRole('alert');
      await alert.getByText('This API user is missing a permission.').waitFor();
      await alert.getByText('You must have "VIEW" role in "Outlets" Module').waitFor();
      await app.screenshot('connect-missing-role');
      expect(await alert.getAttribute('data-error-kind')).toBe('forbidden');
      expect(app.settings.current).toEqual({});
    });
  });

  test('a suspended account is told to contact DealPOS', async () => {
    sim.controls.config({ suspended: true });
    await withApp(suite, { localStores: [sim.baseUrl] }, async (app) => {
      await typeCredentials(app.page, { host: sim.baseUrl, ...sim.credentials.full });
      await app.page.getByRole('alert').getByText('This DealPOS account is suspended.').waitFor();
      await app.screenshot('connect-suspended');
      expect(app.settings.current).toEqual({});
    });
  });

  test('DealPOS out of reach reads as a connection problem, not as wrong credentials', async () => {
    const host = `http://127.0.0.1:${await closedPort()}/`;
    await withApp(suite, { localStores: [host] }, async (app) => {
      await typeCredentials(app.page, { host, ...sim.credentials.full });
      const alert = app.page.getByRole('alert');
      await alert.getByText('Cannot reach DealPOS.').waitFor();
      await app.screenshot('connect-offline');
      expect(await alert.getAttribute('data-error-kind')).toBe('network');
    });
  });

  test('an address that cannot be a DealPOS store is refused before anything is sent', async () => {
    await withApp(suite, {}, async (app) => {
      await typeCredentials(app.page, { host: 'http://shop.example.com', ...sim.credentials.full });
      const alert = app.page.getByRole('alert');
      await alert.getByText('This store address cannot be used.').waitFor();
      await app.screenshot('connect-bad-host');
      expect(await alert.getAttribute('data-error-kind')).toBe('config');
    });
  });

  test('a saved connection the app now refuses starts the counter at the welcome screen, saying why', async () => {
    // Saved by an older version that took any address: one on the shop's LAN.
    const settings = {
      connection: {
        mode: 'live',
        host: 'http://192.168.1.20:8080',
        clientId: 'kasir-1',
        secret: { protection: 'os', data: Buffer.from('stand-in:s3cret').toString('base64') },
      },
      outlet: { id: 'o1', name: 'Pluit' },
    };
    for (const [osLocale, text] of [
      ['en-US', 'The saved connection could not be used'],
      ['id-ID', 'Koneksi yang tersimpan tidak bisa dipakai'],
    ] as const) {
      await withApp(suite, { settings, osLocale }, async (app) => {
        await app.page.getByTestId('start-problem').getByText(text).waitFor();
        await app.page
          .getByRole('button', { name: /Connect to my DealPOS store|Hubungkan ke toko/ })
          .waitFor();
        await app.screenshot(`welcome-saved-connection-unusable-${osLocale}`);
        expect(app.services.connection.view().mode).toBe('none');
      });
    }
  });

  test('when DealPOS stops answering, the header says Offline and the failed request says why', async () => {
    await withApp(suite, { localStores: [sim.baseUrl] }, async (app) => {
      const { page } = app;
      await typeCredentials(page, { host: sim.baseUrl, ...sim.credentials.full });
      await chooseOutlet(page, 'Pluit');
      await expect.poll(() => page.getByTestId('connection-state').textContent()).toBe('Online');

      await sim.close();
      await page.getByRole('tab', { name: 'Settings' }).click();
      await page.getByRole('button', { name: 'Change outlet' }).click();
      const dialog = page.getByRole('dialog', { name: 'Choose the outlet of this counter' });
      await dialog.getByRole('alert').getByText('Cannot reach DealPOS.').waitFor();
      await expect.poll(() => page.getByTestId('connection-state').textContent()).toBe('Offline');
      await app.screenshot('frame-offline');
    });
  });

  test('without a keyring the admin must confirm before the secret is kept merely hidden', async () => {
    await withApp(suite, { protection: 'weak', localStores: [sim.baseUrl] }, async (app) => {
      const { page } = app;
      await typeCredentials(page, { host: sim.baseUrl, ...sim.credentials.full });
      await chooseOutlet(page, 'Pluit');

      const dialog = page.getByRole('alertdialog', { name: 'Keep the client secret without encryption?' });
      await dialog.waitFor();
      await app.screenshot('connect-weak-encryption-confirm');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(app.settings.current).toEqual({});

      await page.getByRole('button', { name: 'Save and start' }).click();
      await dialog.getByRole('button', { name: 'Save anyway' }).click();
      await page.getByTestId('outlet-name').filter({ hasText: 'Pluit' }).waitFor();
      const saved = app.settings.current as { connection: { secret: { protection: string } } };
      expect(saved.connection.secret.protection).toBe('weak');
    });
  });

  test("a counter connected before passcodes existed sets its first one only with the store's Client Secret", async () => {
    // Saved by a version without the manager passcode: connected, an outlet chosen, no passcode.
    const { clientId, clientSecret } = sim.credentials.full;
    const outlets = sim.controls.fixtures();
    const pluit = outlets.outlets.find((outlet) => outlet.Name === 'Pluit')!;
    const settings = {
      connection: {
        mode: 'live',
        host: sim.baseUrl,
        clientId,
        secret: { protection: 'os', data: Buffer.from(`stand-in:${clientSecret}`).toString('base64') },
      },
      outlet: { id: pluit.ID, name: pluit.Name },
    };
    await withApp(suite, { settings, localStores: [sim.baseUrl] }, async (app) => {
      const { page } = app;
      await page.getByRole('tab', { name: 'Settings' }).click();
      const secretField = page.getByLabel('DealPOS Client Secret');
      await secretField.waitFor();
      await page.getByLabel('New passcode', { exact: true }).fill('8642');
      await page.getByLabel('New passcode again').fill('8642');
      await secretField.fill('not-the-secret');
      await page.getByRole('button', { name: 'Set passcode' }).click();
      await page.getByText('That is not the Client Secret of the connected store.').waitFor();
      expect(app.services.connection.view().mode).toBe('live');
      const before = await app.page.evaluate('window.dealpos.invoke("manager:status")');
      expect(before).toMatchObject({ ok: true, value: { passcodeSet: false, triesLeft: 4 } });
      await app.screenshot('settings-first-passcode-wrong-secret');

      await page.getByLabel('New passcode', { exact: true }).fill('8642');
      await page.getByLabel('New passcode again').fill('8642');
      await secretField.fill(clientSecret);
      await page.getByRole('button', { name: 'Set passcode' }).click();
      await page.getByText('The manager passcode is saved.').waitFor();
      const after = await app.page.evaluate('window.dealpos.invoke("manager:status")');
      expect(after).toMatchObject({ ok: true, value: { passcodeSet: true } });
      // Typed in password fields: neither the secret nor the passcode is anywhere on the page.
      const shown = await page.evaluate('document.body.innerText');
      expect(shown).not.toContain(clientSecret);
      expect(shown).not.toContain('8642');
    });
  });
});
