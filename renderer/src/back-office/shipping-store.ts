import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DealposBridge, IpcError, OrderReferenceInput, WriteOutcome } from './contract.ts';

/** One order's reference write and how it ended. */
export interface ShippingRow {
  id: number;
  outlet: string;
  number: string;
  referenceNumber: string | null;
  service: string | null;
  state: 'sending' | 'answered' | 'failed';
  outcome: WriteOutcome | null;
  /** The app could not send it (not connected, refused input). */
  error: IpcError | null;
  /** The tracking number this batch had already set on the same order. */
  replaces: string | null;
}

export type BatchProblem = 'same-code' | 'tracking-as-order';

export interface ShippingState {
  mode: 'single' | 'batch';
  // One order.
  number: string;
  reference: string;
  service: string;
  note: string;
  sending: boolean;
  last: ShippingRow | null;
  // The shipping desk.
  batchRunning: boolean;
  /** The order scanned and waiting for its tracking barcode. */
  pendingOrder: string | null;
  problem: BatchProblem | null;
  /** Newest first. */
  rows: ShippingRow[];

  setMode(mode: 'single' | 'batch'): void;
  setField(field: 'number' | 'reference' | 'service' | 'note', value: string): void;
  /** Sends the one order's fields; whether there was anything to send. */
  sendSingle(outlet: string): Promise<boolean>;
  startBatch(): void;
  stopBatch(): void;
  /** A code scanned at the desk: the order, then its tracking number, which sends the pair. */
  scan(outlet: string, code: string): void;
  /** Forgets the order scanned last (Esc). */
  forgetPending(): void;
}

export type ShippingStore = StoreApi<ShippingState>;

const same = (a: string | null, b: string | null) =>
  a !== null && b !== null && a.toLowerCase() === b.toLowerCase();

/**
 * Sales-order reference numbers: one order at a time, or the shipping desk's batch, where each
 * pair goes to DealPOS the moment its tracking barcode is scanned, without waiting for the
 * previous one's answer (the governor queues them; none is ever resent).
 */
export function createShippingStore(bridge: DealposBridge): ShippingStore {
  let nextId = 1;

  return createStore<ShippingState>()((set, get) => {
    const send = async (row: ShippingRow): Promise<ShippingRow> => {
      const input: OrderReferenceInput = {
        outlet: row.outlet,
        number: row.number,
        ...(row.referenceNumber ? { referenceNumber: row.referenceNumber } : {}),
        ...(row.service ? { logisticServiceCode: row.service } : {}),
      };
      const answer = await bridge.invoke('back-office:order-reference', input);
      return answer.ok
        ? { ...row, state: 'answered', outcome: answer.value }
        : { ...row, state: 'failed', error: answer.error };
    };

    const replaceRow = (row: ShippingRow) =>
      set({ rows: get().rows.map((existing) => (existing.id === row.id ? row : existing)) });

    const newRow = (
      outlet: string,
      number: string,
      reference: string | null,
      service: string | null,
    ): ShippingRow => ({
      id: nextId++,
      outlet,
      number,
      referenceNumber: reference,
      service,
      state: 'sending',
      outcome: null,
      error: null,
      replaces: null,
    });

    return {
      mode: 'single',
      number: '',
      reference: '',
      service: '',
      note: '',
      sending: false,
      last: null,
      batchRunning: false,
      pendingOrder: null,
      problem: null,
      rows: [],

      setMode: (mode) => set({ mode, problem: null }),
      setField: (field, value) => set({ [field]: value } as Pick<ShippingState, typeof field>),

      async sendSingle(outlet) {
        const { number, reference, service, note, sending } = get();
        if (sending || number.trim() === '' || (reference.trim() === '' && service.trim() === ''))
          return false;
        const row = newRow(outlet, number.trim(), reference.trim() || null, service.trim() || null);
        set({ sending: true, last: null });
        const input: OrderReferenceInput = {
          outlet,
          number: row.number,
          ...(row.referenceNumber ? { referenceNumber: row.referenceNumber } : {}),
          ...(row.service ? { logisticServiceCode: row.service } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
        };
        const answer = await bridge.invoke('back-office:order-reference', input);
        const last: ShippingRow = answer.ok
          ? { ...row, state: 'answered', outcome: answer.value }
          : { ...row, state: 'failed', error: answer.error };
        const done = answer.ok && answer.value.result === 'done';
        set({
          sending: false,
          last,
          // Ready for the next order; the service usually stays the same.
          ...(done ? { number: '', reference: '', note: '' } : {}),
        });
        return true;
      },

      startBatch: () => set({ batchRunning: true, pendingOrder: null, problem: null }),
      stopBatch: () => set({ batchRunning: false, pendingOrder: null, problem: null }),

      scan(outlet, raw) {
        const code = raw.trim();
        const { batchRunning, pendingOrder, rows, service } = get();
        if (!batchRunning || code === '') return;
        if (pendingOrder === null) {
          // A tracking barcode read twice would otherwise be taken for the next order.
          if (same(rows[0]?.referenceNumber ?? null, code)) {
            set({ problem: 'tracking-as-order' });
            return;
          }
          set({ pendingOrder: code, problem: null });
          return;
        }
        if (same(pendingOrder, code)) {
          set({ problem: 'same-code' });
          return;
        }
        const row = newRow(outlet, pendingOrder, code, service.trim() || null);
        const earlier = rows.find((r) => same(r.number, row.number) && r.outcome?.result === 'done');
        if (earlier) row.replaces = earlier.referenceNumber;
        set({ rows: [row, ...rows], pendingOrder: null, problem: null });
        void send(row).then(replaceRow);
      },

      forgetPending: () => set({ pendingOrder: null, problem: null }),
    };
  });
}

/** How the batch stands, for its summary line. */
export function batchSummary(rows: readonly ShippingRow[]) {
  const count = (test: (row: ShippingRow) => boolean) => rows.filter(test).length;
  return {
    done: count((r) => r.outcome?.result === 'done'),
    refused: count((r) => r.outcome?.result === 'refused' || r.state === 'failed'),
    uncertain: count((r) => r.outcome?.result === 'uncertain'),
    sending: count((r) => r.state === 'sending'),
  };
}
