import { chromium } from 'playwright-core';
import { type RunningSimulator, startSimulator } from '../main/simulator/index.ts';
import { contentSecurityPolicy } from '../main/window/content-security-policy.ts';
import { type AppUnderTest, launchApp } from '../test/e2e/harness/app-under-test.ts';
import { chromiumArgs, findChromium } from '../test/e2e/harness/find-chromium.ts';
import { ensureRendererBuilt } from '../test/e2e/harness/renderer-build.ts';
import { serveBench } from './bench-server.ts';
import { syncInApp } from './catalog-app-sync.ts';
import { sampleCodes } from './catalog-lookup-bench.ts';
import { buildBenchPage } from './catalog-page-build.ts';
import { scanProbeScript } from './catalog-scan-bench.ts';
import { distinctCodes } from './scan-long-list.ts';

export interface ScanSetup {
  app: AppUnderTest;
  /** Codes of the synced catalog, seeded draw. */
  codes: string[];
  /** `distinct` different codes (evenly spread over the catalog), for a long scan list. */
  distinct: string[];
  sim: RunningSimulator;
  close(): Promise<void>;
}

/**
 * The Scan screen of the app's real renderer build with a small synced catalog (the lookup is
 * under a millisecond at any size, so a small one measures the same rendering in seconds, not
 * minutes), and `scans` codes to feed it. The page carries `scanProbeScript`.
 */
export async function openScanScreen(variants: number, scans: number, distinct = 0): Promise<ScanSetup> {
  const server = await serveBench(await ensureRendererBuilt(), await buildBenchPage(), contentSecurityPolicy);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: chromiumArgs,
    headless: true,
  });
  const sim = await startSimulator({
    profile: 'docs',
    variants,
    maxPageSize: 1000,
    rateLimit: { limit: 100_000, windowSeconds: 180 },
    quiet: true,
  });
  const demo = { baseUrl: sim.baseUrl, credentials: sim.credentials.full, close: async () => {} };
  const app = await launchApp({ browser, server, close: async () => {} }, { startDemo: async () => demo });
  await app.page.addInitScript(scanProbeScript); // syncInApp reloads the page
  await syncInApp(app, sim, server);
  const benchPage = await app.page.context().newPage();
  await benchPage.goto(server.benchUrl);
  await benchPage.waitForFunction(() => (globalThis as { catalogBenchReady?: boolean }).catalogBenchReady);
  const codes = await sampleCodes(benchPage, scans);
  const different = distinct > 0 ? await distinctCodes(benchPage, distinct) : [];
  await benchPage.close();
  return {
    app,
    codes,
    distinct: different,
    sim,
    close: async () => {
      await app.close();
      await browser.close();
      await sim.close();
      await server.close();
    },
  };
}
