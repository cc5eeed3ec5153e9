import { createStore, type StoreApi } from 'zustand/vanilla';
import { isApprovalError } from '../manager/approval-error.ts';
import type { CatalogCache } from './catalog-cache.ts';
import type {
  Approval,
  CatalogItem,
  DealposBridge,
  IpcError,
  VariantAddOutcome,
  VariantSheet,
  VariantUpdateOutcome,
  WriteOutcome,
} from './contract.ts';
import { emptyRow, type NewVariantRow, readNewVariants } from './new-variant-rows.ts';
import { draftOf, itemAfter, priceText, readDraft, sheetAfter, type VariantDraft } from './variant-draft.ts';

const resultLimit = 20;

export type VariantResult =
  | { kind: 'update'; code: string; outcome: VariantUpdateOutcome; readBackFailed: boolean }
  | { kind: 'delete'; code: string; outcome: WriteOutcome }
  | { kind: 'add'; product: string; outcome: VariantAddOutcome };

export interface VariantState {
  query: string;
  searching: boolean;
  /** Several matches to choose from (null: no search shown). */
  results: CatalogItem[] | null;
  /** Nothing in the catalog on this PC or in DealPOS matched this. */
  notFound: string | null;
  /** No catalog on this PC yet. */
  noCatalog: boolean;
  /** The code being read from DealPOS. */
  loading: string | null;
  sheet: VariantSheet | null;
  draft: VariantDraft | null;
  busy: boolean;
  result: VariantResult | null;
  /** A request the app could not make (not connected, refused input, a failed read). */
  error: IpcError | null;
  // Adding variants to a product.
  adding: boolean;
  productCode: string;
  rows: NewVariantRow[];

  setQuery(query: string): void;
  /** A scanned code opens at once; anything else lists the catalog's matches. */
  search(): Promise<void>;
  /** Reads the variant fresh from DealPOS for editing. */
  open(code: string): Promise<void>;
  close(): void;
  edit(patch: Partial<VariantDraft>): void;
  setOutletPrice(outlet: string, price: string): void;
  addOutletPrice(outlet: string): void;
  save(): Promise<void>;
  /** Deletes the open variant with a manager's approval; a refused one is answered, not shown. */
  remove(approval: Approval): Promise<IpcError | null>;
  setAdding(adding: boolean): void;
  setProductCode(code: string): void;
  editRow(key: number, patch: Partial<Omit<NewVariantRow, 'key'>>): void;
  addRow(): void;
  removeRow(key: number): void;
  submitAdd(): Promise<void>;
}

export type VariantStore = StoreApi<VariantState>;

/**
 * Quick variant edits: found in the catalog on this PC (scan or search), read fresh from DealPOS,
 * changed field by field, and written back into the catalog from DealPOS's answer.
 */
export function createVariantStore(bridge: DealposBridge, cache: CatalogCache): VariantStore {
  return createStore<VariantState>()((set, get) => ({
    query: '',
    searching: false,
    results: null,
    notFound: null,
    noCatalog: false,
    loading: null,
    sheet: null,
    draft: null,
    busy: false,
    result: null,
    error: null,
    adding: false,
    productCode: '',
    rows: [emptyRow()],

    setQuery: (query) => set({ query, notFound: null }),

    async search() {
      const query = get().query.trim();
      if (query === '' || get().searching) return;
      set({ searching: true, results: null, notFound: null, error: null });
      try {
        const exact = await cache.find(query);
        if (exact) {
          set({ searching: false });
          await get().open(exact.code);
          return;
        }
        const results = await cache.search(query, resultLimit);
        set({ noCatalog: !(await cache.ready()) });
        if (results.length === 1 && results[0]) {
          set({ searching: false });
          await get().open(results[0].code);
          return;
        }
        if (results.length > 1) {
          set({ searching: false, results });
          return;
        }
      } catch {
        // The catalog on this PC cannot be read (IndexedDB unavailable): DealPOS can still answer.
      }
      set({ searching: false });
      // Not on this PC: perhaps a code the catalog has not seen yet. Words with spaces are a
      // name, which DealPOS cannot be asked for by code.
      if (/^\S{1,64}$/.test(query)) await get().open(query);
      else set({ notFound: query });
    },

    async open(code) {
      set({ loading: code, error: null, notFound: null, results: null, result: null });
      const answer = await bridge.invoke('back-office:variant', { code });
      if (get().loading !== code) return;
      if (!answer.ok) {
        set({ loading: null, error: answer.error });
        return;
      }
      if (answer.value === null) {
        set({ loading: null, notFound: code, sheet: null, draft: null });
        return;
      }
      // The field empties for the next scan; the form names the variant.
      set({ loading: null, sheet: answer.value, draft: draftOf(answer.value), query: '' });
      // What DealPOS has now is what the next scan should show.
      await cache.put(answer.value.item).catch(() => undefined);
    },

    close: () => set({ sheet: null, draft: null, result: null, error: null }),

    edit: (patch) => {
      const draft = get().draft;
      if (draft) set({ draft: { ...draft, ...patch } });
    },

    setOutletPrice(outlet, price) {
      const draft = get().draft;
      if (!draft) return;
      set({
        draft: {
          ...draft,
          outletPrices: draft.outletPrices.map((row) => (row.outlet === outlet ? { ...row, price } : row)),
        },
      });
    },

    addOutletPrice(outlet) {
      const { draft, sheet } = get();
      if (!draft || !sheet || draft.outletPrices.some((row) => row.outlet === outlet)) return;
      set({
        draft: {
          ...draft,
          outletPrices: [...draft.outletPrices, { outlet, price: priceText(sheet.unitPrice) }],
        },
      });
    },

    async save() {
      const { sheet, draft, busy } = get();
      if (!sheet || !draft || busy) return;
      const { input } = readDraft(sheet, draft);
      if (!input) return;
      set({ busy: true, error: null, result: null });
      const answer = await bridge.invoke('back-office:variant-update', input);
      if (!answer.ok) {
        set({ busy: false, error: answer.error });
        return;
      }
      const outcome = answer.value;
      if (outcome.result !== 'done') {
        // Refused or uncertain: the form keeps what was typed, and the cache what it had.
        set({ busy: false, result: { kind: 'update', code: sheet.code, outcome, readBackFailed: false } });
        return;
      }
      const fresh = outcome.sheet ?? sheetAfter(sheet, input);
      await cache.put(outcome.sheet?.item ?? itemAfter(sheet.item, input)).catch(() => undefined);
      set({
        busy: false,
        sheet: fresh,
        draft: draftOf(fresh),
        result: { kind: 'update', code: sheet.code, outcome, readBackFailed: outcome.sheet === null },
      });
    },

    async remove(approval) {
      const { sheet, busy } = get();
      if (!sheet || busy) return null;
      set({ busy: true, error: null, result: null });
      const answer = await bridge.invoke('back-office:variant-delete', { code: sheet.code, approval });
      if (!answer.ok) {
        set({ busy: false, error: isApprovalError(answer.error) ? null : answer.error });
        return answer.error;
      }
      const result: VariantResult = { kind: 'delete', code: sheet.code, outcome: answer.value };
      if (answer.value.result !== 'done') {
        set({ busy: false, result });
        return null;
      }
      await cache.remove(sheet.code).catch(() => undefined);
      set({ busy: false, result, sheet: null, draft: null });
      return null;
    },

    setAdding: (adding) => set({ adding }),
    setProductCode: (productCode) => set({ productCode }),
    editRow: (key, patch) =>
      set({ rows: get().rows.map((row) => (row.key === key ? { ...row, ...patch } : row)) }),
    addRow: () => set({ rows: [...get().rows, emptyRow()] }),
    removeRow: (key) => {
      const rows = get().rows.filter((row) => row.key !== key);
      set({ rows: rows.length > 0 ? rows : [emptyRow()] });
    },

    async submitAdd() {
      const { productCode, rows, busy } = get();
      const { input } = readNewVariants(productCode, rows);
      if (!input || busy) return;
      set({ busy: true, error: null, result: null });
      const answer = await bridge.invoke('back-office:variant-add', input);
      if (!answer.ok) {
        set({ busy: false, error: answer.error });
        return;
      }
      const outcome = answer.value;
      if (outcome.result === 'done') {
        for (const item of outcome.items) await cache.put(item).catch(() => undefined);
      }
      set({
        busy: false,
        result: { kind: 'add', product: input.productCode, outcome },
        ...(outcome.result === 'done' ? { rows: [emptyRow()] } : {}),
      });
    },
  }));
}
