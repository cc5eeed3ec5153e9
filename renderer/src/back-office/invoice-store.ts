import { createStore, type StoreApi } from 'zustand/vanilla';
import { isApprovalError } from '../manager/approval-error.ts';
import type {
  Approval,
  DealposBridge,
  InvoiceKnownState,
  InvoiceReading,
  IpcError,
  WriteOutcome,
} from './contract.ts';

export type InvoiceAction = 'void' | 'restore' | 'erase';
export type FulfillmentGuard = 'any' | 'Sent' | 'Unsent';

/** The answer to the last write, with what it was about (the screen says both). */
export interface InvoiceResult {
  action: InvoiceAction;
  outlet: string;
  number: string;
  outcome: WriteOutcome;
}

/**
 * Where the invoice stands now: what DealPOS showed when it was opened, unless a write from this
 * counter since then says otherwise (its answer is newer than the read).
 */
export function stateNow(open: InvoiceReading): InvoiceKnownState {
  const since = open.history.events.some((e) => e.at >= open.readAt && e.result !== 'refused');
  if (since || open.lookup.status !== 'found') return open.history.known;
  return open.lookup.invoice.state;
}

/** Void, restore and erase are offered unless DealPOS says there is no such invoice, or it is gone. */
export const canAct = (open: InvoiceReading): boolean =>
  open.lookup.status !== 'missing' && stateNow(open) !== 'erased';

export interface InvoiceState {
  /** What is typed or scanned. */
  number: string;
  /**
   * The invoice the actions act on, as DealPOS showed it and as this counter changed it: set by
   * Enter, not by typing, so a half-typed number names nothing. Empty while the next one is read.
   */
  open: InvoiceReading | null;
  /** The invoice being read from DealPOS now. */
  reading: { outlet: string; number: string } | null;
  note: string;
  guard: FulfillmentGuard;
  busy: InvoiceAction | null;
  result: InvoiceResult | null;
  /** The app could not send the request at all (not connected, refused input). */
  error: IpcError | null;

  setNumber(number: string): void;
  /**
   * Opens what is typed, at `outlet`: read from DealPOS (one request) with what this counter did
   * to it this session. True when there is something to act on.
   */
  openInvoice(outlet: string): Promise<boolean>;
  close(): void;
  setNote(note: string): void;
  setGuard(guard: FulfillmentGuard): void;
  /**
   * Sends one write for the open invoice. Never resent: the result says what to do. Erasing
   * needs a manager's `approval`; a refused one is answered (for the manager dialog), not shown.
   */
  run(action: InvoiceAction, approval?: Approval): Promise<IpcError | null>;
}

export type InvoiceStore = StoreApi<InvoiceState>;

/** Invoices: open by outlet and number, then void, restore or erase it, one confirmed request each. */
export function createInvoiceStore(bridge: DealposBridge): InvoiceStore {
  // Only the newest open may fill the card: a slow answer for the previous scan is dropped.
  let latestOpen = 0;
  return createStore<InvoiceState>()((set, get) => ({
    number: '',
    open: null,
    reading: null,
    note: '',
    guard: 'any',
    busy: null,
    result: null,
    error: null,

    setNumber: (number) => set({ number }),

    async openInvoice(outlet) {
      const number = get().number.trim();
      if (number === '' || outlet === '') return false;
      const ticket = ++latestOpen;
      const previous = get().open?.history;
      // The previous invoice leaves the screen at once: nothing stays there ready to act on.
      set({ open: null, reading: { outlet, number }, error: null });
      const answer = await bridge.invoke('back-office:invoice-read', { outlet, number });
      if (ticket !== latestOpen) return false;
      if (!answer.ok) {
        set({ reading: null, error: answer.error });
        return false;
      }
      const same = previous?.number === answer.value.history.number && previous?.outlet === outlet;
      set({
        open: answer.value,
        reading: null,
        // The field empties for the next receipt; the card names the invoice.
        number: '',
        // The last answer stays on screen for the invoice it was about.
        ...(same ? {} : { result: null, note: '', guard: 'any' as const }),
      });
      return canAct(answer.value);
    },

    close: () => {
      latestOpen++;
      set({ open: null, reading: null, result: null, error: null, note: '', guard: 'any' });
    },
    setNote: (note) => set({ note }),
    setGuard: (guard) => set({ guard }),

    async run(action, approval) {
      const { open, busy, note, guard } = get();
      if (!open || busy || !canAct(open)) return null;
      set({ busy: action, error: null, result: null });
      const ref = { outlet: open.history.outlet, number: open.history.number };
      const withNote = note.trim() === '' ? {} : { note: note.trim() };
      const answer =
        action === 'void'
          ? await bridge.invoke('back-office:invoice-void', {
              ...ref,
              ...withNote,
              ...(guard === 'any' ? {} : { fulfillment: guard }),
            })
          : action === 'restore'
            ? await bridge.invoke('back-office:invoice-restore', { ...ref, ...withNote })
            : await bridge.invoke('back-office:invoice-erase', { ...ref, ...(approval ? { approval } : {}) });
      if (!answer.ok) {
        set({ busy: null, error: isApprovalError(answer.error) ? null : answer.error });
        return answer.error;
      }
      const done = answer.value.outcome.result === 'done';
      // Another invoice may have been opened while this one was sent: only the history of this one changes.
      const current = get().open;
      const still = current?.history.number === ref.number && current.history.outlet === ref.outlet;
      set({
        busy: null,
        ...(still ? { open: { ...current, history: answer.value.invoice } } : {}),
        result: { action, ...ref, outcome: answer.value.outcome },
        // A note belongs to the write it went with.
        ...(done ? { note: '', guard: 'any' as const } : {}),
      });
      return null;
    },
  }));
}
