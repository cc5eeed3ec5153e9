import type { Page } from 'playwright-core';

export interface HeapFigures {
  /** JSHeapUsedSize after a forced garbage collection, in MB (10^6 bytes). */
  usedMB: number;
  totalMB: number;
  /** DOM nodes in the page, a check that no list of the whole catalog was rendered. */
  nodes: number;
}

/**
 * The page's JavaScript heap through the DevTools protocol (`Performance.getMetrics`), after
 * `HeapProfiler.collectGarbage`: what the renderer keeps alive, not what it allocated on the way.
 * performance.measureUserAgentSpecificMemory needs cross-origin isolation, which the app's page
 * does not have.
 */
export async function heapOf(page: Page): Promise<HeapFigures> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    return {
      usedMB: metric('JSHeapUsedSize') / 1e6,
      totalMB: metric('JSHeapTotalSize') / 1e6,
      nodes: metric('Nodes'),
    };
  } finally {
    await cdp.detach();
  }
}
