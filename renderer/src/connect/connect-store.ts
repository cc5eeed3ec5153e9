import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ConnectionView, DealposBridge, IpcError, Outlet } from '../bridge/contract.ts';
// Brings the interface below into every program that builds this store.
import type {} from '../stores/app-stores.ts';

export type CredentialField = 'host' | 'clientId' | 'clientSecret' | 'passcode' | 'passcodeRepeat';

/** Why the manager passcode typed on the connect form cannot be kept. */
export type PasscodeProblem = 'tooShort' | 'mismatch';

/** The manager passcode's floor, as main's schema has it (main/manager/manager-channels.ts). */
const passcodeMinLength = 4;

export interface ConnectState {
  step: 'credentials' | 'outlet';
  host: string;
  clientId: string;
  /** Held only until it is saved; main never sends it back. */
  clientSecret: string;
  busy: 'testing' | 'saving' | 'loading-outlets' | null;
  error: IpcError | null;
  /** The host the last successful test reached, for the "connected to" line. */
  testedHost: string | null;
  outlets: Outlet[];
  outletId: string | null;
  /** The credentials are saved in main already; only the outlet is left to choose. */
  saved: boolean;
  /** Main said the OS can only hide the secret, not encrypt it: the admin must agree first. */
  confirmWeakEncryption: boolean;
  /** The manager passcode to set with this connection, typed twice; held until it is saved. */
  passcode: string;
  passcodeRepeat: string;
  /** True when no manager passcode is set yet, so the form asks for one; null until main says. */
  passcodeNeeded: boolean | null;
  passcodeProblem: PasscodeProblem | null;

  setField(field: CredentialField, value: string): void;
  /** Asks main whether a manager passcode is set already (then the form does not ask for one). */
  loadPasscodeNeed(): Promise<void>;
  /** Token, then the outlet list: on success the outlet step. */
  test(): Promise<void>;
  chooseOutletId(outletId: string): void;
  /** Saves the credentials (unless saved already), then the outlet. */
  save(options?: { allowWeakEncryption?: boolean }): Promise<void>;
  cancelWeakEncryption(): void;
  backToCredentials(): void;
  /** After a restart between saving and choosing the outlet: fetch the outlets of the saved account. */
  resumeSaved(): Promise<void>;
  reset(): void;
}

export interface ConnectOptions {
  /** Main's answer once the counter is connected and its outlet chosen. */
  onConnected(view: ConnectionView): void;
}

export type ConnectStore = StoreApi<ConnectState>;

const initial = {
  step: 'credentials',
  host: '',
  clientId: '',
  clientSecret: '',
  busy: null,
  error: null,
  testedHost: null,
  outlets: [],
  outletId: null,
  saved: false,
  confirmWeakEncryption: false,
  passcode: '',
  passcodeRepeat: '',
  passcodeProblem: null,
} satisfies Partial<ConnectState>;

/** A single active outlet is chosen for the admin; with more, they choose. */
const preselect = (outlets: Outlet[]) => (outlets.length === 1 ? (outlets[0]?.id ?? null) : null);

/** The Connect screen: credentials, a test, the outlet, the save. */
export function createConnectStore(bridge: DealposBridge, options: ConnectOptions): ConnectStore {
  return createStore<ConnectState>()((set, get) => {
    const credentials = () => {
      const { host, clientId, clientSecret } = get();
      return { host: host.trim(), clientId: clientId.trim(), clientSecret };
    };

    const activeOutlets = (outlets: Outlet[]) => outlets.filter((outlet) => !outlet.suspended);

    const passcodeProblem = (): PasscodeProblem | null => {
      const { passcodeNeeded, passcode, passcodeRepeat } = get();
      if (!passcodeNeeded) return null;
      if (passcode.length < passcodeMinLength) return 'tooShort';
      return passcode === passcodeRepeat ? null : 'mismatch';
    };

    return {
      ...initial,
      passcodeNeeded: null,

      setField: (field, value) => set({ [field]: value, error: null, passcodeProblem: null }),

      async loadPasscodeNeed() {
        const status = await bridge.invoke('manager:status');
        if (status.ok) set({ passcodeNeeded: !status.value.passcodeSet });
      },

      async test() {
        if (get().busy) return;
        // A blank credential is main's to name (it refuses it without a request); with all three
        // typed, the passcode is checked before the test: a slip there costs no DealPOS request.
        const { host, clientId, clientSecret } = credentials();
        const typed = host !== '' && clientId.trim() !== '' && clientSecret !== '';
        const problem = typed ? passcodeProblem() : null;
        if (problem) {
          set({ passcodeProblem: problem });
          return;
        }
        set({ busy: 'testing', error: null });
        const input = credentials();
        const result = await bridge.invoke('connection:test', input);
        if (!result.ok) {
          set({ busy: null, error: result.error });
          return;
        }
        const outlets = activeOutlets(result.value.outlets);
        set({
          busy: null,
          step: 'outlet',
          testedHost: input.host,
          outlets,
          outletId: preselect(outlets),
        });
      },

      chooseOutletId: (outletId) => set({ outletId, error: null }),

      async save({ allowWeakEncryption } = {}) {
        const { busy, saved, outletId, outlets } = get();
        const outlet = outlets.find((candidate) => candidate.id === outletId);
        if (busy || !outlet) return;
        set({ busy: 'saving', error: null, confirmWeakEncryption: false });
        // Held for this call only: main asks for it as the proof for a first passcode when the
        // counter was already connected (the store forgets it once saved).
        const typedSecret = credentials().clientSecret;
        if (!saved) {
          const result = await bridge.invoke('connection:save', {
            ...credentials(),
            ...(allowWeakEncryption ? { allowWeakEncryption: true } : {}),
          });
          if (!result.ok) {
            const weak = result.error.kind === 'weak-encryption';
            set({ busy: null, confirmWeakEncryption: weak, error: weak ? null : result.error });
            return;
          }
          set({ saved: true, clientSecret: '' });
        }
        const { passcodeNeeded, passcode } = get();
        if (passcodeNeeded && passcode !== '') {
          const kept = await bridge.invoke('manager:set-passcode', {
            next: passcode,
            ...(typedSecret ? { clientSecret: typedSecret } : {}),
          });
          if (!kept.ok) {
            set({ busy: null, error: kept.error });
            return;
          }
          set({ passcode: '', passcodeRepeat: '', passcodeNeeded: false });
        }
        const chosen = await bridge.invoke('connection:choose-outlet', {
          outletId: outlet.id,
          outletName: outlet.name,
        });
        if (!chosen.ok) {
          set({ busy: null, error: chosen.error });
          return;
        }
        set({ ...initial });
        options.onConnected(chosen.value);
      },

      cancelWeakEncryption: () => set({ confirmWeakEncryption: false }),

      // Going back means testing (and saving) again: the secret was forgotten once saved.
      backToCredentials: () =>
        set({ step: 'credentials', error: null, outlets: [], outletId: null, saved: false }),

      async resumeSaved() {
        if (get().busy) return;
        set({ ...initial, saved: true, step: 'outlet', busy: 'loading-outlets' });
        const result = await bridge.invoke('outlets:list');
        if (!result.ok) {
          set({ busy: null, error: result.error });
          return;
        }
        const outlets = activeOutlets(result.value);
        set({ busy: null, outlets, outletId: preselect(outlets) });
      },

      reset: () => set({ ...initial }),
    };
  });
}

// The app builds this store once (app/app-stores.ts); components read it with useAppStore.
declare module '../stores/app-stores.ts' {
  interface AppStores {
    connect: ConnectStore;
  }
}
