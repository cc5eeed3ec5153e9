import type { SecretProtection } from '../../main/app-contract.ts';
import type { SecretVault } from '../../main/settings/secret-vault.ts';

/**
 * Stands in for Electron's safeStorage, which needs the Electron binary (not runnable here). It
 * reverses and base64-encodes, so a test can tell stored text is not the secret in clear.
 */
export function standInVault(
  protection: SecretProtection = 'os',
): SecretVault & { protectionLevel: SecretProtection } {
  const vault = {
    protectionLevel: protection,
    protection: async () => vault.protectionLevel,
    encrypt: async (plain: string) => Buffer.from([...plain].reverse().join(''), 'utf8').toString('base64'),
    decrypt: async (stored: string) => [...Buffer.from(stored, 'base64').toString('utf8')].reverse().join(''),
  };
  return vault;
}
