import type { CatalogItem, LabelDocument } from '../bridge/contract.ts';
import { documentKey } from './current-job.ts';
import { type JobLine, jobLinesOf, maxCopies } from './job-lines.ts';
import type { CatalogFacts } from './label-price.ts';
import type { GetLabels, LabelsDeps, LabelsState, OutletPrices, SetLabels } from './labels-state.ts';
import { lookupProblem } from './lookup-problem.ts';

export const noOutletPrices: OutletPrices = { documentKey: null, rows: new Map(), busy: false, error: null };

/** The state with no document open: nothing to preview, nothing to print. */
const noDocument = {
  document: null,
  fromRecent: false,
  fromScans: false,
  lines: [],
  outcome: null,
  previewPage: 0,
  outletPrices: noOutletPrices,
} satisfies Partial<LabelsState>;

/** Runs `work` once the next frame is painted (a task queued from an animation frame), or soon where there are no frames. */
function afterPaint(work: () => void): void {
  // Typed by hand: this file is also compiled without the DOM library (the store's unit tests).
  const frame = (globalThis as { requestAnimationFrame?: (callback: () => void) => number })
    .requestAnimationFrame;
  if (frame) frame(() => setTimeout(work, 0));
  else setTimeout(work, 0);
}

const catalogFacts = (item: CatalogItem | undefined): CatalogFacts | null =>
  item ? { product: item.product, variant: item.variant, unitPrice: item.unitPrice } : null;

type DocumentActions = Pick<
  LabelsState,
  | 'lookUp'
  | 'openScans'
  | 'openRecent'
  | 'setCopies'
  | 'clearCopies'
  | 'resetCopies'
  | 'choosePriceSource'
  | 'retryOutletPrices'
>;

/** Opening a document (looked up, recent or scanned), its copies, and where its prices come from. */
export function documentActions(
  set: SetLabels,
  get: GetLabels,
  deps: LabelsDeps,
  today: () => string,
): DocumentActions {
  const { bridge } = deps;

  /** Asks the catalog cache for every code of the document not asked yet (IndexedDB: no DealPOS request). */
  async function lookUpCatalog(lines: readonly JobLine[]) {
    const codes = [...new Set(lines.map((l) => l.line.code))].filter((code) => !get().catalog.has(code));
    if (codes.length === 0) return;
    const found = await Promise.all(
      codes.map(
        async (code) => [code, catalogFacts(await deps.catalog?.find(code).catch(() => undefined))] as const,
      ),
    );
    const catalog = new Map(get().catalog);
    for (const [code, facts] of found) catalog.set(code, facts);
    set({ catalog });
  }

  /** Outlet prices for the current document, once per job: one DealPOS request per code. */
  async function loadOutletPrices() {
    const { document, outletPrices } = get();
    if (!document || outletPrices.busy) return;
    const key = documentKey(document);
    if (outletPrices.documentKey === key && outletPrices.error === null) return;
    const codes = [...new Set(document.lines.map((l) => l.code).filter((code) => code.trim().length > 0))];
    if (codes.length === 0) return;
    set({ outletPrices: { documentKey: key, rows: new Map(), busy: true, error: null } });
    const result = await bridge.invoke('labels:outlet-prices', { outlet: document.outlet, codes });
    if (get().document !== document) return;
    set({
      outletPrices: result.ok
        ? {
            documentKey: key,
            rows: new Map(result.value.map((row) => [row.code, row])),
            busy: false,
            error: null,
          }
        : { documentKey: key, rows: new Map(), busy: false, error: result.error },
    });
  }

  function openDocument(document: LabelDocument, fromRecent: boolean, fromScans = false) {
    const priceSource = get().priceSources[document.kind];
    const lines = jobLinesOf(document.lines);
    set({
      document,
      fromRecent,
      fromScans,
      lines,
      priceSource,
      problem: null,
      problemFor: null,
      outcome: null,
      previewPage: 0,
      date: today(),
      outletPrices: noOutletPrices,
    });
    // After the frame that shows the document: 1,000 catalog reads started before it held the
    // first preview page of a long bill back (issue #14); prices from the catalog follow it.
    afterPaint(() => {
      if (get().document === document) void lookUpCatalog(lines);
    });
    if (priceSource === 'outlet') void loadOutletPrices();
  }

  return {
    async lookUp() {
      const { kind, outlet, lookingUp } = get();
      const number = get().number.trim();
      if (lookingUp || number.length === 0 || outlet.length === 0) return;
      // The old document goes first: a lookup that fails must leave nothing printable, or the
      // next Print would put the previous document's labels on these goods.
      set({ lookingUp: true, problem: null, number, ...noDocument });
      try {
        const result = await bridge.invoke('labels:lookup-document', { kind, outlet, number });
        const problem = lookupProblem(result);
        if (problem || !result.ok || result.value.kind !== 'found') {
          const failed = problem && !result.ok ? { ...problem, error: result.error } : problem;
          set({ problem: failed, problemFor: { kind, number, outlet } });
          return;
        }
        openDocument(result.value.document, false);
        // Main answers with the recent list as the lookup left it: no second request.
        set({ recent: result.value.recent });
      } finally {
        set({ lookingUp: false });
      }
    },

    openScans(scans, outlet) {
      const lines = scans.map(({ item, count }) => ({
        variantId: item.id,
        name: item.name,
        code: item.code,
        quantity: count,
        unitPrice: item.unitPrice,
      }));
      set({ number: '', problem: null, problemFor: null });
      openDocument({ kind: get().kind, outlet, number: '', lines, fetchedAt: Date.now() }, false, true);
    },

    openRecent(document) {
      set({ kind: document.kind, outlet: document.outlet, number: document.number });
      openDocument(document, true);
    },

    setCopies: (key, copies) =>
      set({
        lines: get().lines.map((l) =>
          l.key === key ? { ...l, copies: Math.min(maxCopies, Math.max(0, Math.floor(copies))) } : l,
        ),
      }),
    clearCopies: () => set({ lines: get().lines.map((l) => ({ ...l, copies: 0 })) }),
    resetCopies: () => {
      const document = get().document;
      if (document) {
        const fresh = jobLinesOf(document.lines);
        set({ lines: get().lines.map((l, i) => ({ ...l, copies: fresh[i]?.copies ?? l.copies })) });
      }
    },

    async choosePriceSource(source) {
      const kind = get().document?.kind ?? get().kind;
      const priceSources = { ...get().priceSources, [kind]: source };
      set({ priceSource: source, priceSources, previewPage: 0 });
      void bridge.invoke('labels:save-preferences', { priceSource: priceSources });
      if (source === 'outlet') await loadOutletPrices();
    },
    async retryOutletPrices() {
      await loadOutletPrices();
    },
  };
}
