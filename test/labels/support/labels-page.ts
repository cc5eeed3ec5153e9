import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { IpcResult } from '../../../main/app-contract.ts';
import type { AppServices } from '../../../main/app-services.ts';
import type { PrinterPort } from '../../../main/labels/printer-port.ts';
import type { RunningSimulator } from '../../../main/simulator/index.ts';
import { contentSecurityPolicy } from '../../../main/window/content-security-policy.ts';
import { bridgeScript } from '../../e2e/harness/bridge-script.ts';
import { chromiumArgs, findChromium } from '../../e2e/harness/find-chromium.ts';
import { ensureRendererBuilt } from '../../e2e/harness/renderer-build.ts';
import { serveStatic } from '../../e2e/harness/static-server.ts';
import { openApp } from '../../support/open-app.ts';

/** How a page of the app is opened on its Labels tab. */
export interface OpenLabels {
  /** Download the catalog on the Scan tab first, as a cashier does once (needs the simulator). */
  catalog?: boolean;
  /** Switch the app to this language with the switch in its header. */
  language?: 'en' | 'id';
  /** Today on the page's clock (yyyy-mm-dd), for the date printed on labels. */
  today?: string;
}

export interface LabelsPage {
  browser: Browser;
  context: BrowserContext;
  /** The app's page address (the renderer build's index.html). */
  url: string;
  services: AppServices | null;
  cspViolations: string[];
  pageErrors: string[];
  /** Opens the app in a new page and goes to its Labels tab. */
  open(how?: OpenLabels): Promise<Page>;
  close(): Promise<void>;
}

type PageGlobals = { __dealposEmit(event: string, payload: unknown): void };

export type Dispatch = (
  channel: string,
  senderUrl: string | undefined,
  payload: unknown,
) => Promise<IpcResult<unknown>>;

/**
 * The app's real renderer build (the one the e2e harness serves) in Chromium with
 * `window.dealpos` over `dispatch`: by default the REAL main services (openApp: sender check,
 * zod, handlers) connected to `sim` with its first outlet, so the page opens on the app's frame.
 */
export async function startLabelsPage(options: {
  sim?: RunningSimulator;
  dispatch?: Dispatch;
  /** Another build of the renderer (a profiling build, say); default out/renderer. */
  root?: string;
  /** More Chromium switches (the bench tags its browser to count its CPU time). */
  extraArgs?: string[];
  /** The printing side of the services (by default every print answers that it needs the desktop app). */
  printer?: PrinterPort;
  /** The discrepancy report's PDF side (issue #15): the same kind of port on the report's route. */
  reportPrinter?: PrinterPort;
  /**
   * Hand main's answers to the page as one JSON string it parses, instead of a Playwright object
   * binding answer (serialised value by value, ~100-140 ms for a 1,000-line document, issue #14
   * trace). Electron's IPC hands over a structured clone in milliseconds; a JSON string is nearer
   * that. Only for answers that are plain JSON (the labels bench's stand-in main).
   */
  answersAsJson?: boolean;
}): Promise<LabelsPage> {
  const root = options.root ?? (await ensureRendererBuilt());
  // The app's own CSP header, as app:// sends it.
  const server = await serveStatic(root, contentSecurityPolicy);
  const { url } = server;
  let services: AppServices | null = null;
  let dispatch = options.dispatch;
  if (!dispatch) {
    // The app as every suite opens it (test/support/open-app.ts), trusting this page's origin;
    // connected to `sim` as the connect form does it, set to its first outlet.
    const app = await openApp({
      pageUrl: url,
      version: 'labels-e2e',
      ...(options.sim ? { simulator: options.sim } : {}),
      ...(options.printer ? { printer: options.printer } : {}),
      ...(options.reportPrinter ? { reportPrinter: options.reportPrinter } : {}),
    });
    services = app.services;
    dispatch = (channel, sender, payload) => app.services.dispatch(channel, sender, payload);
  }
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...chromiumArgs, ...(options.extraArgs ?? [])],
    headless: true,
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];
  const call = dispatch;
  const senderOf = (source: { frame: Page['mainFrame'] extends () => infer F ? F : never; page: Page }) =>
    source.frame === source.page.mainFrame() ? source.frame.url() : undefined;
  if (options.answersAsJson) {
    await context.exposeBinding('__dealposInvokeJson', async (source, channel: string, payload: unknown) =>
      JSON.stringify(await call(channel, senderOf(source), payload)),
    );
    // The bridge script calls window.__dealposInvoke: here it parses the JSON answer.
    await context.addInitScript(() => {
      const page = globalThis as unknown as {
        __dealposInvoke(channel: string, payload: unknown): Promise<unknown>;
        __dealposInvokeJson(channel: string, payload: unknown): Promise<string>;
      };
      page.__dealposInvoke = async (channel, payload) =>
        JSON.parse(await page.__dealposInvokeJson(channel, payload));
    });
  } else {
    await context.exposeBinding('__dealposInvoke', (source, channel: string, payload: unknown) =>
      call(channel, senderOf(source), payload),
    );
  }
  await context.exposeBinding('__cspViolation', (_source, report: string) => {
    cspViolations.push(report);
  });
  await context.addInitScript(bridgeScript());
  // Like webContents.send: main's events reach every open page; a page that is gone misses them.
  const stopEvents = services?.onEvent((event, payload) => {
    for (const page of context.pages()) {
      page
        .evaluate(([name, data]) => (globalThis as unknown as PageGlobals).__dealposEmit(name, data), [
          event,
          payload,
        ] as const)
        .catch(() => undefined);
    }
  });
  context.on('page', (page) => {
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      const text = message.text();
      // CSP reports arrive through __cspViolation and are checked on their own.
      const csp = /Content Security Policy/.test(text);
      if (message.type() === 'error' && !csp) pageErrors.push(text);
    });
  });

  return {
    browser,
    context,
    url,
    services,
    cspViolations,
    pageErrors,
    async open(how = {}) {
      const page = await context.newPage();
      // The labels store dates a job with the page's clock (label-date.ts).
      if (how.today) await page.clock.setFixedTime(new Date(`${how.today}T10:00:00`));
      await page.goto(url);
      const tab = (name: RegExp) => page.getByRole('tab', { name });
      if (how.catalog) {
        await tab(/^Scan$/).click();
        await page.getByRole('button', { name: 'Download catalog' }).click();
        await page.getByText('complete', { exact: true }).waitFor();
      }
      if (how.language === 'id') await page.getByRole('radio', { name: 'Bahasa Indonesia' }).click();
      await tab(/^(Labels|Label)$/).click();
      return page;
    },
    async close() {
      stopEvents?.();
      await browser.close();
      await services?.close();
      await server.close();
    },
  };
}

/**
 * A printer port for the test: what print-window.ts does with Electron, done with Playwright on
 * the same Chromium: a new page on the print route of the job (the labels', or `route`: the
 * discrepancy report's), wait until it has drawn, then
 * `page.pdf` with the CSS page size (Electron's printToPDF is Chromium's same printing path).
 */
export function chromiumPdfPort(
  labels: () => LabelsPage,
  outDir: string,
  route = '#labels-print/',
): PrinterPort & { pages: Page[] } {
  const pages: Page[] = [];
  return {
    available: true,
    pages,
    listPrinters: async () => [],
    print: async () => ({ kind: 'failed', reason: 'no printer in this test' }),
    async savePdf({ jobId, rendered, fileName, options }) {
      const session = labels();
      const page = await session.context.newPage();
      pages.push(page);
      await page.goto(`${session.url}${route}${jobId}`);
      await rendered;
      const pdf = await page.pdf({
        preferCSSPageSize: options.preferCSSPageSize,
        printBackground: options.printBackground,
        margin: { top: '0', right: '0', bottom: '0', left: '0' },
      });
      const path = join(outDir, fileName);
      await writeFile(path, pdf);
      return { kind: 'saved', path };
    },
    saveText: async ({ fileName, text }) => {
      const path = join(outDir, fileName);
      await writeFile(path, text);
      return { kind: 'saved', path };
    },
  };
}
