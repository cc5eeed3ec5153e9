import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findElectronBinary } from './electron-binary.ts';

// The built app (out/main/index.js), launched in the real Electron and looked at from outside,
// as a page fed something hostile would see it. Needs `npm run build` and the Electron binary;
// without the binary (it cannot be downloaded on every machine) the suite is skipped, and says why.

const repo = new URL('../../', import.meta.url).pathname;
const binary = findElectronBinary();
if (!binary.available) console.warn(`Skipping the Electron end-to-end tests: ${binary.reason}.`);

/**
 * What the page's global scope holds, for the functions given to `page.evaluate` (the test
 * tsconfig has no DOM types). Those functions run in the page, so they can use nothing from here.
 */
type PageGlobals = {
  dealpos: Record<string, (...args: unknown[]) => Promise<{ ok: boolean; value?: Record<string, unknown> }>>;
  location: { href: string };
  open(url: string): unknown;
  fetch(url: string): Promise<{ headers: { get(name: string): string | null } }>;
  navigator: { permissions: { query(descriptor: { name: string }): Promise<{ state: string }> } };
};

describe.skipIf(!binary.available)('the app window, seen from outside', () => {
  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  beforeAll(async () => {
    if (!binary.available) return;
    if (!existsSync(join(repo, 'out/main/index.js')))
      throw new Error('Run `npm run build` first: out/main/index.js is missing.');
    userData = await mkdtemp(join(tmpdir(), 'dealpos-e2e-'));
    const env = { ...process.env };
    // The built page, not a dev server; and never Electron-as-Node.
    delete env.ELECTRON_RENDERER_URL;
    delete env.ELECTRON_RUN_AS_NODE;
    app = await _electron.launch({
      executablePath: binary.path,
      // A fresh settings folder, so a previous run's connection does not skip the Connect screen.
      args: [repo, `--user-data-dir=${userData}`],
      cwd: repo,
      env: env as Record<string, string>,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    // Record instead of starting a browser, so a test can see what would have opened.
    await app.evaluate(({ shell }) => {
      const opened: string[] = [];
      Object.assign(globalThis, { openedExternally: opened });
      shell.openExternal = async (url: string) => {
        opened.push(url);
      };
    });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    if (userData) await rm(userData, { recursive: true, force: true });
  });

  it('the page comes from app://dealpos with the strict CSP header', async () => {
    expect(page.url()).toMatch(/^app:\/\/dealpos\//);
    const csp = await page.evaluate(async () =>
      (await (globalThis as unknown as PageGlobals).fetch('/index.html')).headers.get(
        'content-security-policy',
      ),
    );
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('the page has no Node: require, process, module and Buffer are undefined', async () => {
    const types = await page.evaluate(() => {
      const scope = globalThis as Record<string, unknown>;
      return ['require', 'process', 'module', 'Buffer', 'global'].map((name) => typeof scope[name]);
    });
    expect(types).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
  });

  it('window.dealpos has exactly invoke and on, and nothing of ipcRenderer', async () => {
    const bridge = await page.evaluate(() => {
      const dealpos = (globalThis as unknown as PageGlobals).dealpos;
      return {
        keys: Object.keys(dealpos).sort(),
        allFunctions: Object.values(dealpos).every((value) => typeof value === 'function'),
        frozen: Object.isFrozen(dealpos),
        ipc: ['ipcRenderer', 'electron', 'ipc'].filter((name) => name in globalThis),
      };
    });
    expect(bridge).toEqual({
      keys: ['invoke', 'on'],
      allFunctions: true,
      frozen: true,
      ipc: [],
    });
  });

  it('the bridge answers the page', async () => {
    const info = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).dealpos.invoke?.('app:info'),
    );
    expect(info).toMatchObject({ ok: true, value: { version: expect.any(String) } });
  });

  it("the window's web preferences are the secure ones, and DevTools will not open", async () => {
    const seen = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents;
      if (!contents) return null;
      // Not in Electron's typings, but what Electron itself reads the preferences back with.
      const preferences = (
        contents as unknown as { getLastWebPreferences(): Record<string, unknown> }
      ).getLastWebPreferences();
      contents.openDevTools();
      return { preferences, devToolsOpened: contents.isDevToolsOpened() };
    });
    expect(seen?.preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(seen?.devToolsOpened).toBe(false);
  });

  it('window.open returns null, and a web link goes to the system browser instead', async () => {
    const result = await page.evaluate(
      () => (globalThis as unknown as PageGlobals).open('https://www.dealpos.com/') === null,
    );
    expect(result).toBe(true);
    expect(app.windows()).toHaveLength(1);
    await expect
      .poll(() =>
        app.evaluate(() => (globalThis as unknown as { openedExternally: string[] }).openedExternally),
      )
      .toEqual(['https://www.dealpos.com/']);
  });

  it.each(['https://example.com/', 'file:///etc/passwd'])(
    'the page cannot navigate itself to %s',
    async (url) => {
      await page.evaluate((target) => {
        (globalThis as unknown as PageGlobals).location.href = target;
      }, url);
      await page.waitForTimeout(500);
      expect(page.url()).toMatch(/^app:\/\/dealpos\//);
    },
  );

  it.each(['geolocation', 'notifications'])('a %s permission is denied without asking', async (name) => {
    const state = await page.evaluate(
      async (permission) =>
        (await (globalThis as unknown as PageGlobals).navigator.permissions.query({ name: permission }))
          .state,
      name,
    );
    expect(state).toBe('denied');
  });

  it('"Try the demo" lands in the app, connected to the demo store at its first outlet', async () => {
    // English or Indonesian, whichever the OS locale picked.
    await page.getByRole('button', { name: /try the demo|coba demo/i }).click();
    await page.getByTestId('demo-badge').waitFor({ state: 'visible', timeout: 30_000 });
    const connection = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).dealpos.invoke?.('connection:get'),
    );
    expect(connection).toMatchObject({
      ok: true,
      value: { mode: 'demo', outlet: { name: expect.any(String) } },
    });
    const outlet = (connection?.value?.outlet as { name: string } | undefined)?.name;
    expect(await page.getByTestId('outlet-name').textContent()).toBe(outlet);
  }, 60_000);
});
