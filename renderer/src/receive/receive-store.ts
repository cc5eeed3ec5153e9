import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CatalogItem, IpcResult, LabelDocument } from '../bridge/contract.ts';
// Brings the interface below into every program that builds this store.
import type {} from '../stores/app-stores.ts';
import {
  type CorrectionProblem,
  type CountStep,
  type CountView,
  correct,
  countIdOf,
  type KnownItem,
  keepUnchangedLines,
  nameCode,
  newCount,
  type ReceiveCount,
  type ScanOutcome,
  scan,
  undo,
  viewOf,
} from './receive-count.ts';
import type { CountSaver } from './receive-db.ts';

/** The catalog on this PC (and DealPOS, for a code it lacks), as the count uses it. */
export interface ReceiveCatalog {
  find(code: string): Promise<CatalogItem | undefined>;
  /** One DealPOS request at the cashier's priority; only when staff ask. */
  lookupOnline(code: string): Promise<IpcResult<CatalogItem | null>>;
}

export interface ReceiveDeps {
  saver: CountSaver;
  catalog: ReceiveCatalog | null;
  now?(): number;
}

/** The answer to the last scan, for the banner, the colour and the beep. */
export interface LastAnswer {
  outcome: ScanOutcome | 'undone' | 'bad-quantity';
  code: string;
  line: number | null;
  /** Increases with every answer, so the view flashes even for the same code twice. */
  serial: number;
  undone?: CountStep;
}

export type OnlineLookup = 'asking' | 'unknown' | 'error';

export interface ReceiveState {
  /** Counts saved on this PC that are not done, the most recent first. */
  inProgress: ReceiveCount[];
  count: ReceiveCount | null;
  view: CountView | null;
  phase: 'closed' | 'counting' | 'finished';
  last: LastAnswer | null;
  /** Online lookups of codes not on the document, by code. */
  online: Record<string, OnlineLookup>;
  /** Saving to this PC failed: the count on screen may be lost on a crash. */
  saveFailed: boolean;

  loadInProgress(): Promise<void>;
  /** Opens the count of a document: the saved one when there is one, else a new one. */
  open(document: LabelDocument): Promise<void>;
  resume(id: string): Promise<void>;
  /** One scan, saved before it is answered. Resolves to the outcome, for the beep. */
  scan(code: string, quantity?: number): Promise<LastAnswer | null>;
  undo(): Promise<LastAnswer | null>;
  correct(line: number, to: number, reason: string): Promise<CorrectionProblem | null>;
  lookupOnline(code: string): Promise<void>;
  finish(): void;
  backToCount(): void;
  /** Leaves the count; it stays saved and in the list. */
  close(): void;
  /** The count is over (labelled, reported): forget it. */
  done(): Promise<void>;
  discard(id: string): Promise<void>;
}

export type ReceiveStore = StoreApi<ReceiveState>;

const known = (item: CatalogItem | undefined | null): KnownItem | null =>
  item ? { name: item.name, unitPrice: item.unitPrice } : null;

/** A count of received goods against a bill or delivery (issue #15), saved step by step. */
export function createReceiveStore(deps: ReceiveDeps): ReceiveStore {
  const now = deps.now ?? Date.now;
  // Scans arrive faster than a save; each waits for the one before, so none is lost or reordered.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  return createStore<ReceiveState>()((set, get) => {
    /** Saves, then shows: what the screen answers is on disk. */
    async function commit(count: ReceiveCount, extra: Partial<ReceiveState> = {}) {
      let saveFailed = false;
      try {
        await deps.saver.put(count);
      } catch {
        saveFailed = true;
      }
      const inProgress = [count, ...get().inProgress.filter((c) => c.id !== count.id)];
      const view = keepUnchangedLines(get().view, viewOf(count, get().phase === 'finished'));
      set({ count, view, inProgress, saveFailed, ...extra });
    }
    const answer = (a: Omit<LastAnswer, 'serial'>): LastAnswer => ({
      ...a,
      serial: (get().last?.serial ?? 0) + 1,
    });

    return {
      inProgress: [],
      count: null,
      view: null,
      phase: 'closed',
      last: null,
      online: {},
      saveFailed: false,

      async loadInProgress() {
        try {
          set({ inProgress: await deps.saver.all() });
        } catch {
          set({ inProgress: [] });
        }
      },

      open: (document) =>
        inTurn(async () => {
          // The saved count of this document, if any (the list may not be read yet): carry on with it.
          const id = countIdOf(document);
          const saved =
            get().inProgress.find((c) => c.id === id) ?? (await deps.saver.get(id).catch(() => undefined));
          const count = saved ?? newCount(document, now());
          set({ phase: 'counting', last: null, online: {} });
          await commit(count);
        }),

      resume: (id) =>
        inTurn(async () => {
          const saved = get().inProgress.find((c) => c.id === id);
          if (!saved) return;
          set({ phase: 'counting', last: null, online: {}, count: saved, view: viewOf(saved) });
        }),

      scan: (code, quantity = 1) =>
        inTurn(async () => {
          const count = get().count;
          if (!count || get().phase !== 'counting') return null;
          // The catalog is asked only for a code the document lacks (one IndexedDB read).
          const trimmed = code.trim();
          const needsName = !count.document.lines.some(
            (l) => l.code === trimmed || l.code.toUpperCase() === trimmed.toUpperCase(),
          );
          const item = needsName ? known(await deps.catalog?.find(trimmed).catch(() => undefined)) : null;
          const result = scan(count, trimmed, quantity, item, now());
          if (!result.ok) {
            if (result.problem === 'empty') return null;
            const last = answer({ outcome: 'bad-quantity', code: trimmed, line: null });
            set({ last });
            return last;
          }
          const last = answer({ outcome: result.outcome, code: result.code, line: result.line });
          await commit(result.count, { last });
          return last;
        }),

      undo: () =>
        inTurn(async () => {
          const count = get().count;
          const result = count && get().phase === 'counting' ? undo(count, now()) : null;
          if (!result) return null;
          const step = result.undone;
          const last = answer({
            outcome: 'undone',
            code: step.type === 'scan' ? step.code : (count?.document.lines[step.line]?.code ?? ''),
            line: step.line,
            undone: step,
          });
          await commit(result.count, { last });
          return last;
        }),

      correct: (line, to, reason) =>
        inTurn(async () => {
          const count = get().count;
          if (!count) return 'no-line' as const;
          const result = correct(count, line, to, reason, now());
          if (!result.ok) return result.problem;
          await commit(result.count);
          return null;
        }),

      async lookupOnline(code) {
        if (!deps.catalog) return;
        set({ online: { ...get().online, [code]: 'asking' } });
        const result = await deps.catalog.lookupOnline(code);
        const item = result.ok ? known(result.value) : null;
        set({ online: { ...get().online, [code]: item ? 'asking' : result.ok ? 'unknown' : 'error' } });
        if (!item) return;
        await inTurn(async () => {
          const count = get().count;
          if (count) await commit(nameCode(count, code, item, now()));
          const { [code]: _, ...rest } = get().online;
          set({ online: rest });
        });
      },

      finish() {
        const count = get().count;
        if (count) set({ phase: 'finished', view: viewOf(count, true) });
      },
      backToCount() {
        const count = get().count;
        if (count) set({ phase: 'counting', view: viewOf(count) });
      },
      close: () => set({ phase: 'closed', count: null, view: null, last: null }),

      done: () =>
        inTurn(async () => {
          const count = get().count;
          if (count) await deps.saver.remove(count.id).catch(() => undefined);
          set({
            phase: 'closed',
            count: null,
            view: null,
            last: null,
            inProgress: get().inProgress.filter((c) => c.id !== count?.id),
          });
        }),

      discard: (id) =>
        inTurn(async () => {
          await deps.saver.remove(id).catch(() => undefined);
          set({ inProgress: get().inProgress.filter((c) => c.id !== id) });
        }),
    };
  });
}

// The app builds this store once (app/app-stores.ts); components read it with useAppStore.
declare module '../stores/app-stores.ts' {
  interface AppStores {
    /** Counts of received goods, saved on this PC as they go. */
    receive: ReceiveStore;
  }
}
