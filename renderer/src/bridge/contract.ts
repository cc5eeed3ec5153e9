// The one place the page reaches into main/: types only, erased at build time.
export type {
  AppInfo,
  ConnectionView,
  DealposBridge,
  GovernorState,
  IpcError,
  IpcResult,
  Language,
  Outlet,
  SecretProtection,
} from '../../../main/ipc/contract.ts';
