// The one place the page reaches into main/: types only, erased at build time.
export type {
  AppInfo,
  Approval,
  ConnectionView,
  DealposBridge,
  GovernorState,
  IpcError,
  IpcResult,
  Language,
  ManagerStatus,
  Outlet,
  SecretProtection,
} from '../../../main/app-contract.ts';
