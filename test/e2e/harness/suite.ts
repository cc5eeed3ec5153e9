import { type Browser, chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './find-chromium.ts';
import { cspOfBuiltPage, expectedCsp } from './page-csp.ts';
import { ensureRendererBuilt } from './renderer-build.ts';
import { type StaticServer, serveStatic } from './static-server.ts';

/** What one e2e file shares between its flows: the served renderer and one Chromium. */
export interface Suite {
  browser: Browser;
  server: StaticServer;
  close(): Promise<void>;
}

export async function startSuite(): Promise<Suite> {
  const executablePath = findChromium();
  const outDir = await ensureRendererBuilt();
  const csp = await cspOfBuiltPage(outDir);
  if (csp !== expectedCsp) {
    throw new Error(`renderer/index.html's CSP changed.\n  expected: ${expectedCsp}\n  found:    ${csp}`);
  }
  const server = await serveStatic(outDir, csp);
  const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  return {
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
