import type { SecretProtection } from '../app-contract.ts';

/**
 * Encrypts the DealPOS client secret for storage. In the app it is Electron's async safeStorage
 * (main/settings/safe-storage-vault.ts); elsewhere a test stand-in.
 */
export interface SecretVault {
  /** `os`: a real keyring; `weak`: Linux basic_text (obfuscation, not encryption); `unavailable`: none. */
  protection(): Promise<SecretProtection>;
  /** Returns base64 ciphertext. */
  encrypt(plainText: string): Promise<string>;
  decrypt(base64: string): Promise<string>;
}
