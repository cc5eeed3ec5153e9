import type { Page } from 'playwright-core';
import type { AppUnderTest } from '../test/e2e/harness/app-under-test.ts';
import { type BenchServer, benchIpcPath } from './bench-server.ts';

/** What the probe records in the app's page, read back with `readSyncProbe`. */
export interface SyncProbe {
  /** performance.now() when "Download catalog" was clicked (the click handler's start). */
  clickAt: number | null;
  /** Every read-write transaction on `dealpos-catalog` in the page, and the sync's page writes its worker reported (`worker`), in the order they began. */
  transactions: { stores: string[]; start: number; end: number | null; worker?: boolean }[];
  /** Every catalog IPC call as the page saw it: sent, answered, and the answer's kind. */
  calls: { channel: string; start: number; end: number; kind: string | null }[];
}

/** The binding `routeCatalogAnswers` adds: the same dispatch, its answer as one JSON string. */
const jsonBinding = '__catalogBenchInvokeJson';

/**
 * Gives the page two faster ways than the harness's object binding to reach main's services:
 * a same-origin POST to the bench server (`BenchServer.answerIpc`: the answer comes back as a
 * JSON body the page parses, which `syncProbeScript(true)` uses for `catalog:*` calls) and a
 * Playwright binding answering one JSON string (kept as a comparison in `transportCost`).
 * Playwright serialises an object answer value by value, about 0.25 s for a page of 1,000 rows,
 * and even a string answer crosses the DevTools protocol (~80 ms); Electron's IPC (a structured
 * clone over Mojo) costs milliseconds, as the POST does. Both still go through
 * `app.services.dispatch` with the page's URL, so the sender check, zod validation and handlers
 * are the same. Call before `syncProbeScript` is added.
 */
export async function routeCatalogAnswers(app: AppUnderTest, server: BenchServer): Promise<void> {
  const { page } = app;
  // Looked up on every call, so a wrapper syncInApp puts on dispatch sees these calls too.
  server.answerIpc((channel, sender, payload) => app.services.dispatch(channel, sender, payload));
  await page.exposeBinding(jsonBinding, async (source, channel: string, payload: unknown) =>
    JSON.stringify(
      await app.services.dispatch(
        channel,
        source.frame === page.mainFrame() ? source.frame.url() : undefined,
        payload,
      ),
    ),
  );
}

/**
 * Page script (an init script, so it runs before the app's bundle): timestamps the click on
 * "Download catalog", every read-write IndexedDB transaction of the catalog database from
 * `transaction()` to `complete`, and every `catalog:*` call the bridge makes. It adds listeners
 * and a pass-through wrapper; with `direct` the wrapper sends `catalog:*` calls through the bench
 * server's POST instead of the harness's binding. `window.__catalogBenchInvoke` keeps all three
 * transports for `transportCost`.
 */
export const syncProbeScript = (direct: boolean) => `(() => {
  const probe = { clickAt: null, transactions: [], calls: [] };
  Object.defineProperty(window, '__catalogProbe', { value: probe });

  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    const tx = transaction.apply(this, args);
    if (this.name === 'dealpos-catalog' && tx.mode === 'readwrite') {
      const entry = { stores: [...tx.objectStoreNames], start: performance.now(), end: null };
      probe.transactions.push(entry);
      tx.addEventListener('complete', () => { entry.end = performance.now(); });
    }
    return tx;
  };

  // The sync writes its pages in a worker (renderer/src/catalog/page-write-worker.ts): each reply
  // carries the span of the page's write transactions as the worker timed it (epoch ms), recorded here on the page's clock.
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => {
        const tx = event.data && event.data.transaction;
        if (!tx) return;
        const origin = performance.timeOrigin;
        probe.transactions.push({ stores: tx.stores, start: tx.start - origin, end: tx.end - origin, worker: true });
      });
    }
  };

  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button && button.textContent.trim() === 'Download catalog') probe.clickAt = performance.now();
  }, true);

  // The harness's bridge looks window.__dealposInvoke up on every call, so a wrapper sees them all.
  const harness = window.__dealposInvoke;
  if (typeof harness !== 'function') throw new Error('catalog probe: no __dealposInvoke binding');
  const viaJson = (channel, payload) => window.${jsonBinding}(channel, payload).then(JSON.parse);
  const viaPost = (channel, payload) =>
    fetch('${benchIpcPath}', { method: 'POST', body: JSON.stringify({ channel, payload }) }).then((r) => r.json());
  Object.defineProperty(window, '__catalogBenchInvoke', { value: { harness, json: viaJson, post: viaPost } });
  const invoke = (channel, payload) =>
    ${direct} && String(channel).startsWith('catalog:') ? viaPost(channel, payload) : harness(channel, payload);
  window.__dealposInvoke = async (channel, payload) => {
    const start = performance.now();
    const result = await invoke(channel, payload);
    if (String(channel).startsWith('catalog:')) {
      const kind = !result || !result.ok ? 'error' : (result.value && result.value.kind) || null;
      probe.calls.push({ channel, start, end: performance.now(), kind });
    }
    return result;
  };
})();`;

/** The probe's record, transactions in the order they began (worker writes are recorded when they end). */
export const readSyncProbe =
  '(() => { const p = window.__catalogProbe; return { ...p, transactions: [...p.transactions].sort((a, b) => a.start - b.start) }; })()';

/**
 * The page's median ms for one `catalog:page` round trip of `pageSize` rows through each
 * transport (`runs` each, after one warm-up), so the harness's share of a sync can be told apart.
 * Makes 2 * (runs + 1) API requests.
 */
export async function transportCost(
  page: Page,
  category: string | null,
  pageSize: number,
  runs = 5,
): Promise<{ harnessBindingMs: number; jsonBindingMs: number; postMs: number }> {
  const input = JSON.stringify({ category, pageNumber: 1, pageSize });
  return (await page.evaluate(`(async () => {
    const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const time = async (invoke) => {
      await invoke('catalog:page', ${input});
      const ms = [];
      for (let i = 0; i < ${runs}; i++) {
        const start = performance.now();
        const result = await invoke('catalog:page', ${input});
        ms.push(performance.now() - start);
        if (!result.ok || result.value.kind !== 'page') throw new Error('transport probe got ' + JSON.stringify(result).slice(0, 200));
      }
      return median(ms);
    };
    const { harness, json, post } = window.__catalogBenchInvoke;
    return { harnessBindingMs: await time(harness), jsonBindingMs: await time(json), postMs: await time(post) };
  })()`)) as { harnessBindingMs: number; jsonBindingMs: number; postMs: number };
}
