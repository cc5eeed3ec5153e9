import type { SecretProtection, SecretVault } from './secret-vault.ts';

/** The part of Electron 45's safeStorage the vault uses: only the async API (the sync one is deprecated). */
export interface AsyncSafeStorage {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Uint8Array>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
  /** Linux only: which keyring safeStorage picked. */
  getSelectedStorageBackend(): string;
}

/**
 * The app's SecretVault over Electron's safeStorage: DPAPI on Windows, the Keychain on macOS,
 * libsecret or KWallet on Linux. On a Linux desktop without a keyring safeStorage falls back to
 * `basic_text`, a fixed key in Chromium's source: the secret is then only obfuscated, and the
 * vault says `weak` so the admin is asked before it is stored that way.
 *
 * @param safeStorage Electron's `safeStorage` (after `ready`)
 * @param platform `process.platform`
 */
export function createSafeStorageVault(
  safeStorage: AsyncSafeStorage,
  platform: NodeJS.Platform,
): SecretVault {
  async function protection(): Promise<SecretProtection> {
    if (!(await safeStorage.isAsyncEncryptionAvailable())) return 'unavailable';
    if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return 'weak';
    return 'os';
  }

  return {
    protection,
    async encrypt(plainText) {
      // Never hand back something that looks encrypted when it is not.
      if ((await protection()) === 'unavailable') throw new Error('This computer cannot encrypt the secret.');
      const encrypted = await safeStorage.encryptStringAsync(plainText);
      return Buffer.from(encrypted).toString('base64');
    },
    async decrypt(base64) {
      const { result } = await safeStorage.decryptStringAsync(Buffer.from(base64, 'base64'));
      // `shouldReEncrypt` (a rotated key) is not acted on: the SecretVault interface has no way
      // to hand a fresh ciphertext back to the settings; the old one still decrypts.
      return result;
    },
  };
}
