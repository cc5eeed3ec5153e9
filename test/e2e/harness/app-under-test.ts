import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { IpcResult } from '../../../main/app-contract.ts';
import type { AppServices } from '../../../main/app-services.ts';
import { startDemoStore } from '../../../main/demo/start-demo.ts';
import type { memoryBacking } from '../../../main/settings/settings-repository.ts';
import { type OpenAppOptions, openApp } from '../../support/open-app.ts';
import type { StandInVault } from '../../support/stand-in-vault.ts';
import { bridgeScript } from './bridge-script.ts';
import type { Suite } from './suite.ts';

/** How long one Playwright action or wait may take: half the e2e test limit in vitest.config.ts. */
export const actionTimeoutMs = 60_000;

const screenshotDir = join(import.meta.dirname, '..', '..', '..', 'test-results', 'screenshots');

/**
 * What a flow may set about the app it opens (the rest is openApp's): the OS locale, what the
 * vault says the OS offers, settings from an earlier run, the demo store (default: the app's own
 * seeded simulator) and simulators the connect form may name.
 */
export type AppOptions = Pick<
  OpenAppOptions,
  'osLocale' | 'protection' | 'settings' | 'startDemo' | 'localStores'
>;

export interface AppUnderTest {
  page: Page;
  services: AppServices;
  /** The settings file as main last wrote it (`current`). */
  settings: ReturnType<typeof memoryBacking>;
  vault: StandInVault;
  /** Every CSP violation the page reported, as "directive blocked-uri sample". */
  cspViolations: string[];
  /** Uncaught page errors and console errors. */
  pageErrors: string[];
  /** A full-page screenshot at test-results/screenshots/<flow>.png. */
  screenshot(flow: string): Promise<void>;
  /** Calls the binding the way any script in the page could, bypassing window.dealpos. */
  invokeRaw(channel: string, payload: unknown): Promise<IpcResult<unknown>>;
  close(): Promise<void>;
}

/**
 * The page runs in Chromium as Electron would run it, minus Electron (no binary can run here):
 * `window.dealpos` is built by the preload's own `buildBridge`, and every call goes through a
 * Playwright binding into the REAL main-process services (`createAppServices`): the same
 * sender check, zod validation and handlers. Events come back the way webContents.send would
 * bring them.
 */
export async function launchApp(suite: Suite, options: AppOptions = {}): Promise<AppUnderTest> {
  const pageUrl = suite.server.url;
  // The same app services the Node suites drive (test/support/open-app.ts), trusting this page.
  const { services, settings, vault } = await openApp({
    ...options,
    pageUrl,
    startDemo: options.startDemo ?? startDemoStore,
    version: '0.1.0-e2e',
  });

  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Playwright waits 30 s per action by default; a loaded CI machine gets the same room as the
  // test's own limit allows (vitest.config.ts), so a slow click fails on its own words, not a timeout.
  context.setDefaultTimeout(actionTimeoutMs);
  context.setDefaultNavigationTimeout(actionTimeoutMs);
  const page = await context.newPage();
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`${message.text()} (${message.location().url})`);
  });
  await page.exposeBinding('__cspViolation', (_source, report: string) => {
    cspViolations.push(report);
  });
  await page.exposeBinding('__dealposInvoke', (source, channel: string, payload: unknown) =>
    services.dispatch(channel, source.frame === page.mainFrame() ? source.frame.url() : undefined, payload),
  );
  await page.addInitScript(bridgeScript());
  const stopEvents = services.onEvent((event, payload) => {
    // Like webContents.send: fire and forget; a page that is gone misses it.
    page
      .evaluate(([name, data]) => (globalThis as unknown as PageGlobals).__dealposEmit(name, data), [
        event,
        payload,
      ] as const)
      .catch(() => undefined);
  });
  await page.goto(pageUrl);

  return {
    page,
    services,
    settings,
    vault,
    cspViolations,
    pageErrors,
    async screenshot(flow) {
      await mkdir(screenshotDir, { recursive: true });
      // Finite CSS animations (dialogs fading in) are run to their end, so the picture shows the
      // settled screen. With a dialog open, the picture is the window as the person sees it: a
      // full-page capture would leave the header outside the dialog's overlay.
      const dialogOpen = (await page.locator('[role="dialog"], [role="alertdialog"]').count()) > 0;
      await page.screenshot({
        path: join(screenshotDir, `${flow}.png`),
        fullPage: !dialogOpen,
        animations: 'disabled',
      });
    },
    invokeRaw: (channel, payload) =>
      page.evaluate(([name, data]) => (globalThis as unknown as PageGlobals).__dealposInvoke(name, data), [
        channel,
        payload,
      ] as const),
    async close() {
      stopEvents();
      await context.close();
      await services.close();
    },
  };
}

/** What the init script puts on the page's window (page.evaluate callbacks run there, self-contained). */
type PageGlobals = {
  __dealposEmit(event: string, payload: unknown): void;
  __dealposInvoke(channel: string, payload: unknown): Promise<IpcResult<unknown>>;
};
