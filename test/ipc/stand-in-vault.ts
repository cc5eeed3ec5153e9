// The one stand-in vault lives with the shared test support; kept here so this folder's imports stand.
export { type StandInVault, standInVault } from '../support/stand-in-vault.ts';
