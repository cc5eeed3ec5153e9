// The Customers screen's types from the IPC contract: types only, erased at build time.
export type {
  Approval,
  AuditCsv,
  AuditEntry,
  AuditPage,
  AuditResult,
  CustomerCard,
  CustomerStatusKind,
  DealposBridge,
  FindCustomerInput,
  IpcError,
  LockoutView,
  PinCheckAnswer,
  RecentCustomer,
} from '../bridge/contract.ts';
