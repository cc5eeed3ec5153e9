import type { SecretProtection } from '../../main/app-contract.ts';
import type { SecretVault } from '../../main/settings/secret-vault.ts';

export interface StandInVault extends SecretVault {
  /** What `protection()` answers from now on: `weak` makes main ask for the confirm. */
  setProtection(protection: SecretProtection): void;
}

/**
 * Stands in for the app's safeStorage vault: Electron's safeStorage cannot run here (no Electron
 * binary, no OS keyring in this container). It does not encrypt anything; it only lets the real
 * handlers store and read a secret, and lets a test choose what protection the "OS" offers.
 */
export function standInVault(initial: SecretProtection = 'os'): StandInVault {
  let protection = initial;
  return {
    protection: async () => protection,
    setProtection: (next) => {
      protection = next;
    },
    encrypt: async (plainText) => Buffer.from(`stand-in:${plainText}`).toString('base64'),
    decrypt: async (base64) => {
      const text = Buffer.from(base64, 'base64').toString();
      if (!text.startsWith('stand-in:')) throw new Error('not sealed by the stand-in vault');
      return text.slice('stand-in:'.length);
    },
  };
}
