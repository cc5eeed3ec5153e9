import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DealposBridge, InvoiceHistory, IpcError, WriteOutcome } from './contract.ts';

export type InvoiceAction = 'void' | 'restore' | 'erase';
export type FulfillmentGuard = 'any' | 'Sent' | 'Unsent';

/** The answer to the last write, with what it was about (the screen says both). */
export interface InvoiceResult {
  action: InvoiceAction;
  outlet: string;
  number: string;
  outcome: WriteOutcome;
}

export interface InvoiceState {
  /** What is typed or scanned. */
  number: string;
  /** The invoice the actions act on: set by Enter, not by typing, so a half-typed number names nothing. */
  open: InvoiceHistory | null;
  note: string;
  guard: FulfillmentGuard;
  busy: InvoiceAction | null;
  result: InvoiceResult | null;
  /** The app could not send the request at all (not connected, refused input). */
  error: IpcError | null;

  setNumber(number: string): void;
  /** Opens what is typed, at `outlet`: what this counter did to it this session (no request to DealPOS). */
  openInvoice(outlet: string): Promise<boolean>;
  close(): void;
  setNote(note: string): void;
  setGuard(guard: FulfillmentGuard): void;
  /** Sends one write for the open invoice. Never resent: the result says what to do. */
  run(action: InvoiceAction): Promise<void>;
}

export type InvoiceStore = StoreApi<InvoiceState>;

/** Invoices: open by outlet and number, then void, restore or erase it, one confirmed request each. */
export function createInvoiceStore(bridge: DealposBridge): InvoiceStore {
  return createStore<InvoiceState>()((set, get) => ({
    number: '',
    open: null,
    note: '',
    guard: 'any',
    busy: null,
    result: null,
    error: null,

    setNumber: (number) => set({ number }),

    async openInvoice(outlet) {
      const number = get().number.trim();
      if (number === '' || outlet === '') return false;
      const history = await bridge.invoiceHistory({ outlet, number });
      if (!history.ok) {
        set({ error: history.error });
        return false;
      }
      const same = get().open?.number === history.value.number && get().open?.outlet === outlet;
      set({
        open: history.value,
        // The field empties for the next receipt; the card names the invoice.
        number: '',
        error: null,
        // The last answer stays on screen for the invoice it was about.
        ...(same ? {} : { result: null, note: '', guard: 'any' as const }),
      });
      return true;
    },

    close: () => set({ open: null, result: null, error: null, note: '', guard: 'any' }),
    setNote: (note) => set({ note }),
    setGuard: (guard) => set({ guard }),

    async run(action) {
      const { open, busy, note, guard } = get();
      if (!open || busy) return;
      set({ busy: action, error: null, result: null });
      const ref = { outlet: open.outlet, number: open.number };
      const withNote = note.trim() === '' ? {} : { note: note.trim() };
      const answer =
        action === 'void'
          ? await bridge.voidInvoice({
              ...ref,
              ...withNote,
              ...(guard === 'any' ? {} : { fulfillment: guard }),
            })
          : action === 'restore'
            ? await bridge.restoreInvoice({ ...ref, ...withNote })
            : await bridge.eraseInvoice(ref);
      if (!answer.ok) {
        set({ busy: null, error: answer.error });
        return;
      }
      const done = answer.value.outcome.result === 'done';
      set({
        busy: null,
        open: answer.value.invoice,
        result: { action, ...ref, outcome: answer.value.outcome },
        // A note belongs to the write it went with.
        ...(done ? { note: '', guard: 'any' as const } : {}),
      });
    },
  }));
}
