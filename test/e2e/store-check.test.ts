import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DemoStore } from '../../main/connection/connection-service.ts';
import { startSimulator } from '../../main/simulator/index.ts';
import { en } from '../../renderer/src/settings/store-check-texts-en.ts';
import { id } from '../../renderer/src/settings/store-check-texts-id.ts';
import { simulatedDemo } from '../support/simulated-demo.ts';
import type { AppUnderTest } from './harness/app-under-test.ts';
import { type Suite, startSuite } from './harness/suite.ts';
import { withApp } from './harness/with-app.ts';

// The store check in Settings, in real Chromium over the real main-process handlers and a demo
// store (the simulator): the cost said first, the check run from the keyboard, the table, and
// the report saved as a download that holds no value from the store.

let suite: Suite;
beforeAll(async () => {
  suite = await startSuite();
});
afterAll(async () => {
  await suite?.close();
});

/** A demo store signed in as `who`, kept at hand so the test knows its secrets and names. */
const demoAs = (who: 'full' | 'limited') =>
  simulatedDemo({ seed: 42, variants: 300, categoryRequired: false }, who);

async function bodyOf(request: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length > 0 ? Buffer.concat(chunks) : undefined;
}

/**
 * The demo store behind a pass-through that holds Customer/Detail until the test lets it go:
 * the check is then caught half-way, so its progress can be seen, whatever the machine's pace.
 */
function heldDemo() {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const demo = {
    release: () => release(),
    async start(): Promise<DemoStore> {
      const sim = await startSimulator({ seed: 42, variants: 300, categoryRequired: false, quiet: true });
      const proxy = createServer(async (request, response) => {
        if (request.url?.includes('Customer/Detail')) await held;
        const body = await bodyOf(request);
        const answer = await fetch(`${sim.origin}${request.url}`, {
          method: request.method ?? 'GET',
          headers: Object.fromEntries(
            Object.entries(request.headers).filter(([k, v]) => typeof v === 'string' && k !== 'host'),
          ) as Record<string, string>,
          ...(body ? { body } : {}),
        });
        const headers = Object.fromEntries(
          [...answer.headers].filter(
            ([k]) => !['content-encoding', 'content-length', 'transfer-encoding'].includes(k),
          ),
        );
        response.writeHead(answer.status, headers);
        response.end(Buffer.from(await answer.arrayBuffer()));
      });
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
      const { port } = proxy.address() as AddressInfo;
      return {
        baseUrl: `http://127.0.0.1:${port}/api/v3/`,
        credentials: sim.credentials.full,
        close: async () => {
          release();
          proxy.closeAllConnections();
          await new Promise((resolve) => proxy.close(resolve));
          await sim.close();
        },
      };
    },
  };
  return demo;
}

async function openSettings(app: AppUnderTest, texts: { demo: RegExp; settings: string }): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: texts.demo }).click();
  await page.getByTestId('demo-badge').waitFor();
  await page.getByRole('tab', { name: texts.settings }).click();
  await page.getByTestId('store-check-cost').waitFor();
}

/** Runs the check from the keyboard: focus on the button, Enter; then waits for the table. */
async function runCheck(app: AppUnderTest, buttonName: string): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: buttonName }).focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('store-check-table').waitFor();
}

type Tree = { [key: string]: string | Tree };
const flat = (tree: Tree): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string'
      ? [[key, value]]
      : flat(value).map(([inner, text]) => [`${key}.${inner}`, text]),
  );

/** The check's English texts that read differently in Indonesian and can be told apart on screen. */
function englishOnly(): string[] {
  const indonesian = new Map(flat(id));
  return flat(en)
    .filter(([key, text]) => indonesian.get(key) !== text && !text.includes('{{') && text.length > 4)
    .map(([, text]) => text);
}

const verdictOf = (app: AppUnderTest, probe: string) =>
  app.page
    .locator(`[data-testid="store-check-table"] tr[data-probe="${probe}"]`)
    .getAttribute('data-verdict');

describe('the store check in Settings', () => {
  test('says what it will spend, runs from the keyboard, shows every read and saves a report without values', async () => {
    const demo = demoAs('full');
    await withApp(suite, { startDemo: () => demo.start() }, async (app) => {
      const { page } = app;
      await openSettings(app, { demo: /Try the demo/, settings: 'Settings' });
      expect(await page.getByTestId('store-check-cost').textContent()).toContain('asks DealPOS 10 times');

      await runCheck(app, 'Run store check');
      const rows = page.locator('[data-testid="store-check-table"] tbody tr');
      expect(await rows.count()).toBe(10);
      expect(await verdictOf(app, 'products')).toBe('use');
      expect(await verdictOf(app, 'customer-detail')).toBe('use');
      expect(await page.getByTestId('store-check-spent').textContent()).toBe(
        '10 of the 10 announced requests spent.',
      );
      await app.screenshot('store-check');

      // The focus moved to Save report: Enter saves.
      const download = page.waitForEvent('download');
      expect(await page.locator(':focus').textContent()).toBe('Save report');
      await page.keyboard.press('Enter');
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^store-check-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
      const chunks: Buffer[] = [];
      for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
      const json = Buffer.concat(chunks).toString('utf8');
      const report = JSON.parse(json) as { requestsSpent: number; reads: { operation: string }[] };
      expect(report.reads).toHaveLength(10);
      const sim = demo.sim;
      if (!sim) throw new Error('the demo store did not start');
      const outlets = sim.controls.fixtures();
      for (const value of [sim.credentials.full.clientId, sim.credentials.full.clientSecret, sim.origin]) {
        expect(json).not.toContain(value);
      }
      for (const outlet of outlets.outlets) expect(json).not.toContain(outlet.Name);
      await page.getByText(`Saved as ${file.suggestedFilename()}`).waitFor();

      // Back to Settings from another screen: the last check's table is still there to save.
      await page.getByRole('tab', { name: 'Scan' }).click();
      await page.getByRole('tab', { name: 'Settings' }).click();
      await page.getByTestId('store-check-table').waitFor();
      expect(await page.getByRole('button', { name: 'Save report' }).isVisible()).toBe(true);
    });
  });

  test('while it runs, a bar and a line say how far it is and which read it is asking', async () => {
    const demo = heldDemo();
    await withApp(suite, { startDemo: () => demo.start() }, async (app) => {
      const { page } = app;
      await openSettings(app, { demo: /Try the demo/, settings: 'Settings' });
      await page.getByRole('button', { name: 'Run store check' }).click();
      const progress = page.getByTestId('store-check-progress');
      await progress.getByText('Checking… 6 of 10 — Asking DealPOS: GET Customer/Detail?Code=').waitFor();
      expect(await progress.locator('progress').getAttribute('value')).toBe('6');
      expect(await page.getByRole('button', { name: 'Run store check' }).isDisabled()).toBe(true);
      await app.screenshot('store-check-running');
      demo.release();
      await page.getByTestId('store-check-table').waitFor();
      expect(await progress.count()).toBe(0);
    });
  });

  test('in Bahasa Indonesia, an API user without customer and order roles sees what cannot work', async () => {
    const demo = demoAs('limited');
    await withApp(suite, { startDemo: () => demo.start(), osLocale: 'id-ID' }, async (app) => {
      const { page } = app;
      await openSettings(app, { demo: /Coba demo/, settings: 'Pengaturan' });
      expect(await page.getByTestId('store-check-cost').textContent()).toContain(
        'bertanya ke DealPOS 10 kali',
      );
      await runCheck(app, 'Jalankan cek toko');
      expect(await verdictOf(app, 'customer-detail')).toBe('cannot-work');
      expect(await verdictOf(app, 'invoice-detail')).toBe('cannot-work');
      expect(await verdictOf(app, 'products')).toBe('use');
      await page.getByText('Cek PIN pelanggan tidak akan berfungsi').waitFor();
      const shown = (await page.getByTestId('store-check').textContent()) ?? '';
      expect(englishOnly().filter((text) => shown.includes(text))).toEqual([]);
      await app.screenshot('store-check-id');
    });
  });
});
