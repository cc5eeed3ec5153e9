import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  Approval,
  CatalogItem,
  DealposBridge,
  IpcError,
  LabelDocument,
  LabelDocumentKind,
  LabelJob,
  LabelProfile,
  LabelProfileInput,
  OutletPriceRow,
  PriceSource,
  PrintAnswer,
  PrintersAnswer,
  ProfileCheck,
  RecentDocument,
  SaveFileAnswer,
  SaveProfileAnswer,
} from '../../../main/ipc/contract.ts';
import { isApprovalError } from '../manager/approval-error.ts';
import { loadBarcodeEngine } from './barcode/barcode-drawing.ts';
import { type JobLine, type JobRow, jobLabels, jobLinesOf, jobRows, maxCopies } from './job-lines.ts';
import { todayIso } from './label-date.ts';
import type { CatalogFacts } from './label-price.ts';
import { type LookupProblem, lookupProblem } from './lookup-problem.ts';
import { zplFor } from './zpl.ts';

/** The catalog cache of this PC, as labels use it (renderer/src/catalog's CatalogLookup). */
export interface CatalogFinder {
  find(code: string): Promise<CatalogItem | undefined>;
}

export type LabelsBridge = Pick<
  DealposBridge,
  | 'getConnection'
  | 'listOutlets'
  | 'lookupLabelDocument'
  | 'fetchOutletPrices'
  | 'listLabelProfiles'
  | 'saveLabelProfile'
  | 'checkLabelProfile'
  | 'deleteLabelProfile'
  | 'listRecentLabelDocuments'
  | 'getLabelPreferences'
  | 'saveLabelPreferences'
  | 'listPrinters'
  | 'printLabels'
  | 'saveLabelsPdf'
  | 'saveLabelsZpl'
>;

export interface LabelsDeps {
  bridge: LabelsBridge;
  /** Null where the page has no catalog cache: the selling price source then falls back to the document. */
  catalog: CatalogFinder | null;
  /** Today as yyyy-mm-dd (tests fix it). */
  today?(): string;
}

export type OutputOutcome = PrintAnswer | SaveFileAnswer | { kind: 'error'; error: IpcError };

export interface OutletPrices {
  /** Which document the rows belong to: they are cached for that job only. */
  documentKey: string | null;
  rows: ReadonlyMap<string, OutletPriceRow>;
  busy: boolean;
  error: IpcError | null;
}

export interface LabelsState {
  started: boolean;
  kind: LabelDocumentKind;
  outlet: string;
  outlets: string[];
  number: string;
  lookingUp: boolean;
  problem: LookupProblem | null;
  /** The number and outlet the problem is about (the fields may have changed since). */
  problemFor: { kind: LabelDocumentKind; number: string; outlet: string } | null;
  document: LabelDocument | null;
  /** The document came from the recent list, not from DealPOS just now. */
  fromRecent: boolean;
  /** The lines came from the Scan screen's list of scans, not from a DealPOS document. */
  fromScans: boolean;
  lines: JobLine[];
  /** What the catalog cache knows per code; a code not in the map has not been looked up yet. */
  catalog: ReadonlyMap<string, CatalogFacts | null>;
  priceSource: PriceSource;
  priceSources: Record<LabelDocumentKind, PriceSource>;
  outletPrices: OutletPrices;
  symbology: 'auto' | 'code128';
  profiles: LabelProfile[];
  profileId: string;
  recent: RecentDocument[];
  printers: PrintersAnswer;
  printerName: string | null;
  busy: 'print' | 'pdf' | 'zpl' | null;
  outcome: OutputOutcome | null;
  date: string;
  previewPage: number;
  loadError: IpcError | null;

  start(): Promise<void>;
  setKind(kind: LabelDocumentKind): void;
  setOutlet(outlet: string): void;
  setNumber(number: string): void;
  lookUp(): Promise<void>;
  openRecent(document: RecentDocument): void;
  /** Labels for items scanned at the counter: one line per item, copies = times scanned. No DealPOS request. */
  openScans(scans: readonly { item: CatalogItem; count: number }[], outlet: string): void;
  setCopies(key: string, copies: number): void;
  /** Every line back to one label per unit. */
  resetCopies(): void;
  /** Every line to zero labels, to then type the few that are wanted. */
  clearCopies(): void;
  choosePriceSource(source: PriceSource): Promise<void>;
  retryOutletPrices(): Promise<void>;
  chooseSymbology(symbology: 'auto' | 'code128'): void;
  chooseProfile(id: string): void;
  choosePrinter(name: string | null): void;
  showPage(page: number): void;
  print(): Promise<void>;
  savePdf(): Promise<void>;
  saveZpl(): Promise<void>;
  /** Checks a profile being edited without saving it (no DealPOS request). */
  checkProfile(input: LabelProfileInput): Promise<ProfileCheck | null>;
  /** Saves a profile with a manager's approval: main's answer, or its error (a refusal is not shown here). */
  saveProfile(input: LabelProfileInput, approval: Approval): Promise<SaveProfileAnswer | IpcError>;
  /** Deletes a profile with a manager's approval: main's error, or null once deleted. */
  deleteProfile(id: string, approval: Approval): Promise<IpcError | null>;
}

export type LabelsStore = StoreApi<LabelsState>;

const documentKey = (d: Pick<LabelDocument, 'kind' | 'outlet' | 'number'>) =>
  `${d.kind}\u0000${d.outlet.toLowerCase()}\u0000${d.number.toLowerCase()}`;

const noOutletPrices: OutletPrices = { documentKey: null, rows: new Map(), busy: false, error: null };

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

const catalogFacts = (item: CatalogItem | undefined): CatalogFacts | null =>
  item ? { product: item.product, variant: item.variant, unitPrice: item.unitPrice } : null;

export type RowInputs = Pick<
  LabelsState,
  'lines' | 'catalog' | 'outletPrices' | 'priceSource' | 'symbology' | 'document'
>;

/** The rows of the current job: what the table shows and what prints. */
export function rowsOf(state: RowInputs): JobRow[] {
  return jobRows(state.lines, {
    priceSource: state.priceSource,
    symbology: state.symbology,
    documentIsCost: state.document?.kind === 'bill',
    catalog: (code) => (state.catalog.has(code) ? (state.catalog.get(code) ?? null) : undefined),
    outlet: (code) =>
      state.document && state.outletPrices.documentKey === documentKey(state.document)
        ? state.outletPrices.rows.get(code)
        : undefined,
  });
}

export function profileOf(state: Pick<LabelsState, 'profiles' | 'profileId'>): LabelProfile | null {
  return state.profiles.find((p) => p.id === state.profileId) ?? state.profiles[0] ?? null;
}

/** The job to print, or null when there is nothing to print. */
export function jobOf(state: LabelsState, rows: JobRow[] = rowsOf(state)): LabelJob | null {
  const profile = profileOf(state);
  const labels = jobLabels(rows);
  if (!profile || !state.document || labels.length === 0) return null;
  return { profileId: profile.id, outletName: state.document.outlet, date: state.date, labels };
}

/** The labels screen: the document, its lines and copies, the price source, profile, printer and output. */
export function createLabelsStore(deps: LabelsDeps): LabelsStore {
  const { bridge } = deps;
  const today = deps.today ?? (() => todayIso());

  return createStore<LabelsState>()((set, get) => {
    const remember = (change: Parameters<LabelsBridge['saveLabelPreferences']>[0]) => {
      void bridge.saveLabelPreferences(change);
    };

    /** Asks the catalog cache for every code of the document not asked yet (IndexedDB: no DealPOS request). */
    async function lookUpCatalog(lines: readonly JobLine[]) {
      const codes = [...new Set(lines.map((l) => l.line.code))].filter((code) => !get().catalog.has(code));
      if (codes.length === 0) return;
      const found = await Promise.all(
        codes.map(
          async (code) =>
            [code, catalogFacts(await deps.catalog?.find(code).catch(() => undefined))] as const,
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
      const result = await bridge.fetchOutletPrices({ outlet: document.outlet, codes });
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
      void lookUpCatalog(lines);
      if (priceSource === 'outlet') void loadOutletPrices();
    }

    async function output(busy: 'print' | 'pdf' | 'zpl', run: (job: LabelJob) => Promise<OutputOutcome>) {
      const job = jobOf(get());
      if (!job || get().busy) return;
      set({ busy, outcome: null });
      try {
        set({ outcome: await run(job) });
      } finally {
        set({ busy: null });
      }
    }

    const answer = <T extends OutputOutcome>(
      result: { ok: true; value: T } | { ok: false; error: IpcError },
    ) => (result.ok ? result.value : ({ kind: 'error', error: result.error } as const));

    const fileName = () => {
      const document = get().document;
      return document?.number ? `labels ${document.number}` : 'labels';
    };

    return {
      started: false,
      kind: 'bill',
      outlet: '',
      outlets: [],
      number: '',
      lookingUp: false,
      problem: null,
      problemFor: null,
      document: null,
      fromRecent: false,
      fromScans: false,
      lines: [],
      catalog: new Map(),
      priceSource: 'catalog',
      priceSources: { bill: 'catalog', delivery: 'document' },
      outletPrices: noOutletPrices,
      symbology: 'auto',
      profiles: [],
      profileId: '',
      recent: [],
      printers: { available: false, printers: [] },
      printerName: null,
      busy: null,
      outcome: null,
      date: today(),
      previewPage: 0,
      loadError: null,

      async start() {
        if (get().started) return;
        set({ started: true });
        const [connection, profiles, preferences, recent, printers] = await Promise.all([
          bridge.getConnection(),
          bridge.listLabelProfiles(),
          bridge.getLabelPreferences(),
          bridge.listRecentLabelDocuments(),
          bridge.listPrinters(),
        ]);
        const own = connection.ok ? (connection.value.outlet?.name ?? '') : '';
        set({
          outlet: get().outlet || own,
          outlets: own ? [own] : [],
          profiles: profiles.ok ? profiles.value : [],
          loadError: profiles.ok ? null : profiles.error,
          recent: recent.ok ? recent.value : [],
          printers: printers.ok ? printers.value : { available: false, printers: [] },
          ...(preferences.ok
            ? {
                priceSources: preferences.value.priceSource,
                priceSource: preferences.value.priceSource[get().kind],
                profileId: preferences.value.profileId,
                printerName: preferences.value.printerName,
                symbology: preferences.value.symbology,
              }
            : {}),
        });
        // Needs the Outlets role; without it the counter's own outlet is the only choice.
        const outlets = await bridge.listOutlets();
        if (outlets.ok) {
          const names = outlets.value.filter((o) => !o.suspended).map((o) => o.name);
          set({ outlets: own && !names.includes(own) ? [own, ...names] : names });
        }
      },

      setKind: (kind) => set({ kind, problem: null }),
      setOutlet: (outlet) => set({ outlet, problem: null }),
      setNumber: (number) => set({ number, problem: null }),

      async lookUp() {
        const { kind, outlet, lookingUp } = get();
        const number = get().number.trim();
        if (lookingUp || number.length === 0 || outlet.length === 0) return;
        // The old document goes first: a lookup that fails must leave nothing printable, or the
        // next Print would put the previous document's labels on these goods.
        set({ lookingUp: true, problem: null, number, ...noDocument });
        try {
          const result = await bridge.lookupLabelDocument({ kind, outlet, number });
          const problem = lookupProblem(result);
          if (problem || !result.ok || result.value.kind !== 'found') {
            set({ problem, problemFor: { kind, number, outlet } });
            return;
          }
          openDocument(result.value.document, false);
          const recent = await bridge.listRecentLabelDocuments();
          if (recent.ok) set({ recent: recent.value });
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
        remember({ priceSource: priceSources });
        if (source === 'outlet') await loadOutletPrices();
      },
      async retryOutletPrices() {
        await loadOutletPrices();
      },

      chooseSymbology(symbology) {
        set({ symbology });
        remember({ symbology });
      },

      chooseProfile(id) {
        set({ profileId: id, previewPage: 0 });
        remember({ profileId: id });
      },

      choosePrinter(name) {
        const printer = get().printers.printers.find((p) => p.name === name);
        // A label printer holds one stock: choosing it brings back the size last printed on it.
        const last = printer?.lastProfileId;
        const profileId = last && get().profiles.some((p) => p.id === last) ? last : get().profileId;
        set({ printerName: name, profileId });
        remember({ printerName: name, profileId });
      },

      showPage: (page) => set({ previewPage: Math.max(0, page) }),

      print: () =>
        output('print', async (job) => {
          const { printerName } = get();
          const target =
            printerName === null
              ? { kind: 'dialog' as const }
              : { kind: 'printer' as const, name: printerName };
          const result = answer(await bridge.printLabels({ job, target }));
          if (result.kind === 'printed') {
            const printers = await bridge.listPrinters();
            if (printers.ok) set({ printers: printers.value });
          }
          return result;
        }),

      savePdf: () =>
        output('pdf', async (job) => answer(await bridge.saveLabelsPdf({ job, fileName: fileName() }))),

      saveZpl: () =>
        output('zpl', async (job) => {
          const profile = profileOf(get());
          if (!profile?.single) return { kind: 'failed', reason: 'ZPL needs a single-label size.' };
          await loadBarcodeEngine();
          const zpl = zplFor({ profile, outletName: job.outletName, date: job.date, labels: job.labels });
          return answer(await bridge.saveLabelsZpl({ fileName: fileName(), zpl }));
        }),

      async checkProfile(input) {
        const result = await bridge.checkLabelProfile(input);
        return result.ok ? result.value : null;
      },

      async saveProfile(input, approval) {
        const result = await bridge.saveLabelProfile({ ...input, approval });
        if (!result.ok) {
          if (!isApprovalError(result.error)) set({ loadError: result.error });
          return result.error;
        }
        if (result.value.saved) {
          const profiles = await bridge.listLabelProfiles();
          if (profiles.ok) set({ profiles: profiles.value });
        }
        return result.value;
      },

      async deleteProfile(id, approval) {
        const result = await bridge.deleteLabelProfile({ id, approval });
        if (!result.ok) return result.error;
        const profiles = result.value;
        const profileId = profiles.some((p) => p.id === get().profileId)
          ? get().profileId
          : (profiles[0]?.id ?? '');
        set({ profiles, profileId });
        return null;
      },
    };
  });
}
