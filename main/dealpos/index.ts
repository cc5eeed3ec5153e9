export { resolveBaseUrl } from './base-url.ts';
export type { InvoiceRef, NewVariant, PageRequest, VariantFilter, VariantUpdate } from './client.ts';
export { createDealposClient, type DealposClient } from './client.ts';
export { DealposError, type DealposErrorInfo, type DealposErrorKind, isDealposError } from './errors.ts';
export type { CallOptions, DealposCredentials, RequestLogLine } from './http.ts';
export { type GovernorState, type Lane, RateGovernor } from './rate-governor.ts';
export type { BarcodeLine } from './schemas/barcode.ts';
export type { Customer } from './schemas/customer.ts';
export type { Page } from './schemas/envelope.ts';
export type { InvoiceDetail } from './schemas/invoice.ts';
export type { Category, Outlet } from './schemas/store.ts';
export type {
  AddedVariants,
  VariantDataRow,
  VariantDetail,
  VariantId,
  VariantRecord,
} from './schemas/variant.ts';
