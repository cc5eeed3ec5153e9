import { createStore, type StoreApi } from 'zustand/vanilla';
import { isApprovalError } from '../manager/approval-error.ts';
// Brings the interface below into every program that builds this store.
import type {} from '../stores/app-stores.ts';
import type {
  Approval,
  AuditCsv,
  AuditPage,
  CustomerCard,
  DealposBridge,
  FindCustomerInput,
  IpcError,
  LockoutView,
  PinCheckAnswer,
  RecentCustomer,
} from './contract.ts';
import { canSubmit, withDigit, withoutLastDigit } from './pin-entry.ts';

export type LookupKind = FindCustomerInput['by'];

/** What came of the last PIN check: main's answer, or that it could not run. */
export type CheckOutcome = PinCheckAnswer | { result: 'failed'; error: IpcError };

export interface CustomersState {
  view: 'check' | 'log';
  lookupKind: LookupKind;
  query: string;
  searching: boolean;
  searchError: IpcError | null;
  /** The last lookup found nobody. */
  notFound: { by: LookupKind; value: string } | null;
  card: CustomerCard | null;
  /** The card's photo as a data: URL, once main has it. */
  photo: string | null;
  /** The digits typed so far; emptied the moment they are sent. */
  pin: string;
  checking: boolean;
  outcome: CheckOutcome | null;
  recent: RecentCustomer[];
  audit: AuditPage | null;
  auditError: IpcError | null;
  clearError: IpcError | null;

  setView(view: 'check' | 'log'): void;
  setLookupKind(kind: LookupKind): void;
  setQuery(query: string): void;
  /** Looks up what is typed (or `input`, e.g. a scanned card) and shows the card. */
  find(input?: FindCustomerInput): Promise<void>;
  /** Shows a customer from this shift's list again, with no request. */
  show(card: CustomerCard): void;
  closeCard(): void;
  typeDigit(digit: string): void;
  backspace(): void;
  clearPin(): void;
  /** Sends the typed PIN to main; the page keeps no copy. */
  submitPin(): Promise<void>;
  /** Ready for another try after an answer. */
  again(): void;
  /** Clears the customer's lock with a manager's approval: main's error, or null once cleared. */
  clearLockout(approval: Approval): Promise<IpcError | null>;
  loadRecent(): Promise<void>;
  loadAudit(): Promise<void>;
  /** The CSV main builds of the whole log. */
  exportAudit(): Promise<AuditCsv | null>;
}

export type CustomersStore = StoreApi<CustomersState>;

const auditPageSize = 200;

const lockoutAfter = (answer: PinCheckAnswer, before: LockoutView): LockoutView => {
  switch (answer.result) {
    case 'verified':
      return { lockedUntil: null, attemptsLeft: 5 };
    case 'wrong':
      return { lockedUntil: null, attemptsLeft: answer.attemptsLeft };
    case 'locked':
      return { lockedUntil: answer.until, attemptsLeft: 0 };
    default:
      return before;
  }
};

/** The Customers screen: lookup, card, PIN keypad, this shift's customers, the check log. */
export function createCustomersStore(bridge: DealposBridge): CustomersStore {
  return createStore<CustomersState>()((set, get) => {
    const loadPhoto = async (card: CustomerCard) => {
      if (!card.hasPhoto) return;
      const photo = await bridge.invoke('customers:photo', { code: card.code });
      // Only if the same customer is still on screen.
      if (photo.ok && get().card?.code === card.code) set({ photo: photo.value });
    };

    const showCard = (card: CustomerCard) => {
      set({ card, photo: null, pin: '', outcome: null, clearError: null, notFound: null, searchError: null });
      void loadPhoto(card);
    };

    const refreshAfterCheck = async () => {
      await get().loadRecent();
      if (get().audit) await get().loadAudit();
    };

    return {
      view: 'check',
      lookupKind: 'code',
      query: '',
      searching: false,
      searchError: null,
      notFound: null,
      card: null,
      photo: null,
      pin: '',
      checking: false,
      outcome: null,
      recent: [],
      audit: null,
      auditError: null,
      clearError: null,

      setView: (view) => {
        set({ view });
        if (view === 'log') void get().loadAudit();
      },
      setLookupKind: (lookupKind) => set({ lookupKind, searchError: null, notFound: null }),
      setQuery: (query) => set({ query, searchError: null, notFound: null }),

      async find(input) {
        if (get().searching) return;
        const request: FindCustomerInput = input ?? { by: get().lookupKind, value: get().query.trim() };
        if (request.value.trim() === '') return;
        set({
          searching: true,
          searchError: null,
          notFound: null,
          ...(input ? { lookupKind: input.by, query: input.value } : {}),
        });
        const found = await bridge.invoke('customers:find', request);
        set({ searching: false });
        if (!found.ok) {
          set({ searchError: found.error });
          return;
        }
        if (found.value === null) {
          set({ notFound: { by: request.by, value: request.value.trim() } });
          return;
        }
        showCard(found.value);
        await get().loadRecent();
      },

      show: (card) => showCard(card),

      closeCard: () => set({ card: null, photo: null, pin: '', outcome: null, clearError: null }),

      typeDigit: (digit) => {
        const { card, checking, outcome } = get();
        const lockedUntil = card?.lockout.lockedUntil ?? null;
        if (!card || checking || (lockedUntil !== null && lockedUntil > Date.now())) return;
        // A new try starts with the first digit after a wrong PIN.
        const fresh = outcome?.result === 'wrong' || outcome?.result === 'failed';
        set({ pin: withDigit(get().pin, digit), ...(fresh ? { outcome: null } : {}) });
      },
      backspace: () => set({ pin: withoutLastDigit(get().pin) }),
      clearPin: () => set({ pin: '' }),

      async submitPin() {
        const { card, pin, checking } = get();
        if (!card || checking || !canSubmit(pin)) return;
        set({ pin: '', checking: true, outcome: null });
        const answer = await bridge.invoke('customers:check-pin', { code: card.code, pin });
        if (!answer.ok) {
          set({ checking: false, outcome: { result: 'failed', error: answer.error } });
          return;
        }
        const current = get().card;
        set({
          checking: false,
          outcome: answer.value,
          ...(current?.code === card.code
            ? { card: { ...current, lockout: lockoutAfter(answer.value, current.lockout) } }
            : {}),
        });
        await refreshAfterCheck();
      },

      again: () => set({ outcome: null, pin: '' }),

      async clearLockout(approval) {
        const { card } = get();
        if (!card) return null;
        set({ clearError: null });
        const cleared = await bridge.invoke('customers:clear-lockout', { code: card.code, approval });
        if (!cleared.ok) {
          // A refused passcode is the manager dialog's to say; anything else shows on the card.
          if (!isApprovalError(cleared.error)) set({ clearError: cleared.error });
          return cleared.error;
        }
        const current = get().card;
        if (current?.code === card.code) set({ card: { ...current, lockout: cleared.value }, outcome: null });
        await refreshAfterCheck();
        return null;
      },

      async loadRecent() {
        const recent = await bridge.invoke('customers:recent');
        if (recent.ok) set({ recent: recent.value });
      },

      async loadAudit() {
        const page = await bridge.invoke('customers:audit', { limit: auditPageSize });
        if (page.ok) set({ audit: page.value, auditError: null });
        else set({ auditError: page.error });
      },

      async exportAudit() {
        const csv = await bridge.invoke('customers:audit-csv');
        if (csv.ok) return csv.value;
        set({ auditError: csv.error });
        return null;
      },
    };
  });
}

// The app builds this store once (app/app-stores.ts); components read it with useAppStore.
declare module '../stores/app-stores.ts' {
  interface AppStores {
    customers: CustomersStore;
  }
}
