/** How the secret would be or is kept on this PC. `weak` is Linux's basic_text: obfuscated, not encrypted. */
export type SecretProtection = 'os' | 'weak' | 'unavailable';

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
