// The one place the page reaches into main/ for the contract: types only, erased at build time.
export type * from '../../../main/app-contract.ts';
