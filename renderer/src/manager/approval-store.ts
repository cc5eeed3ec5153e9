import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Approval, DealposBridge, IpcError, ManagerStatus } from '../bridge/contract.ts';
// Brings the interface below into every program that builds this store.
import type {} from '../stores/app-stores.ts';
import { isApprovalError } from './approval-error.ts';

/** One guarded action waiting for a manager: what to ask, and how to run it once approved. */
export interface ApprovalRequest {
  /** The question, in the page's language, e.g. "Clear the PIN lock of Budi?". */
  title: string;
  /** What will happen, in a sentence or two. */
  body?: string;
  /** The button that runs it, e.g. "Clear lock". */
  confirmLabel: string;
  /** Runs the guarded action with the approval: its error, or null when it worked. */
  run(approval: Approval): Promise<IpcError | null>;
}

export interface ApprovalState {
  request: ApprovalRequest | null;
  /** The manager's name as last typed: asked once, remembered until the app closes. */
  approver: string;
  busy: boolean;
  /** Main's last refusal of the passcode, shown in the dialog. */
  refusal: IpcError | null;
  /** Whether a passcode is set, tries left, the lock: fetched when the dialog opens and after a refusal. */
  status: ManagerStatus | null;

  /**
   * Opens the one manager dialog for `request`. Resolves true once the action ran and worked,
   * false when the person cancelled or the action failed for another reason (the screen shows
   * that error itself). A wrong passcode keeps the dialog open with the tries left.
   */
  ask(request: ApprovalRequest): Promise<boolean>;
  setApprover(name: string): void;
  /** Asks main where the passcode stands (for Settings and the connect form). */
  loadStatus(): Promise<void>;
  /** Sets the first passcode, or changes it with the current one: main's error, or null once saved. */
  setPasscode(input: { current?: string; next: string; clientSecret?: string }): Promise<IpcError | null>;
  submit(passcode: string): Promise<void>;
  cancel(): void;
}

export type ApprovalStore = StoreApi<ApprovalState>;

/** The manager dialog's state: one request at a time, for the whole page. */
export function createApprovalStore(bridge: DealposBridge): ApprovalStore {
  return createStore<ApprovalState>()((set, get) => {
    let settle: ((done: boolean) => void) | null = null;

    const finish = (done: boolean) => {
      settle?.(done);
      settle = null;
      set({ request: null, busy: false, refusal: null });
    };

    const refreshStatus = async () => {
      const status = await bridge.invoke('manager:status');
      if (status.ok) set({ status: status.value });
    };

    return {
      request: null,
      approver: '',
      busy: false,
      refusal: null,
      status: null,

      ask(request) {
        // A second guarded action while one waits: the first is given up, as if cancelled.
        if (settle) finish(false);
        set({ request, refusal: null, busy: false, status: null });
        void refreshStatus();
        return new Promise<boolean>((resolve) => {
          settle = resolve;
        });
      },

      setApprover: (approver) => set({ approver }),

      loadStatus: refreshStatus,

      async setPasscode(input) {
        const result = await bridge.invoke('manager:set-passcode', input);
        if (!result.ok) {
          await refreshStatus();
          return result.error;
        }
        set({ status: result.value });
        return null;
      },

      async submit(passcode) {
        const { request, busy, approver } = get();
        if (!request || busy || passcode === '' || approver.trim() === '') return;
        set({ busy: true, refusal: null });
        const error = await request.run({ passcode, approver: approver.trim() });
        if (get().request !== request) return;
        if (isApprovalError(error)) {
          await refreshStatus();
          set({ busy: false, refusal: error });
          return;
        }
        finish(error === null);
      },

      cancel: () => finish(false),
    };
  });
}

// The app builds this store once (app/app-stores.ts); components read it with useAppStore.
declare module '../stores/app-stores.ts' {
  interface AppStores {
    /** The one manager dialog every guarded action asks through. */
    approval: ApprovalStore;
  }
}
