import { type Browser, chromium } from 'playwright-core';
import { contentSecurityPolicy } from '../../../main/window/content-security-policy.ts';
import { chromiumArgs, findChromium } from './find-chromium.ts';
import { builtPageHasMetaCsp } from './page-csp.ts';
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
  if (await builtPageHasMetaCsp(outDir)) {
    throw new Error('renderer/index.html has a CSP meta tag: the policy belongs to the app:// header alone');
  }
  const server = await serveStatic(outDir, contentSecurityPolicy);
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
