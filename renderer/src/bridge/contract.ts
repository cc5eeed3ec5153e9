// The one place the page reaches into main/ for the contract: types only, erased at build time.
export type * from '../../../main/app-contract.ts';
// The data of a received-goods count's discrepancy report (#15): not a channel, but the page's to build.
export type * from '../../../main/receive/receive-report-model.ts';
