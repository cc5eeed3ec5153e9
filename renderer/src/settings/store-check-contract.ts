// The store check's types from the IPC contract: types only, erased at build time.
export type {
  IpcError,
  ProbeResult,
  StoreCheckPlan,
  StoreCheckProgress,
  StoreCheckRun,
} from '../bridge/contract.ts';
