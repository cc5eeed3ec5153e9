import { describe, expect, it } from 'vitest';
import { type AsyncSafeStorage, createSafeStorageVault } from '../../main/settings/safe-storage-vault.ts';

// Electron's safeStorage needs the Electron binary and the OS keyring, neither of which runs
// here. The stand-in has the same async API (Electron 45's electron.d.ts) and "encrypts" by
// XOR, which is enough to see that what is stored is not the secret and comes back intact.

function fakeSafeStorage(options: { available?: boolean; backend?: string; shouldReEncrypt?: boolean } = {}) {
  const key = 0x5a;
  const xor = (bytes: Uint8Array) => Buffer.from(bytes.map((byte) => byte ^ key));
  const storage: AsyncSafeStorage & { encryptCalls: number } = {
    encryptCalls: 0,
    isAsyncEncryptionAvailable: async () => options.available ?? true,
    encryptStringAsync: async (plainText) => {
      storage.encryptCalls += 1;
      return xor(Buffer.from(plainText, 'utf8'));
    },
    decryptStringAsync: async (encrypted) => {
      if (encrypted.length === 0)
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return { result: xor(encrypted).toString('utf8'), shouldReEncrypt: options.shouldReEncrypt ?? false };
    },
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
  };
  return storage;
}

describe('how the client secret is kept on this PC', () => {
  it.each([
    ['win32', 'unknown'],
    ['darwin', 'unknown'],
    ['linux', 'gnome_libsecret'],
    ['linux', 'kwallet6'],
  ] as const)('on %s with the %s keyring, it is encrypted by the OS', async (platform, backend) => {
    expect(await createSafeStorageVault(fakeSafeStorage({ backend }), platform).protection()).toBe('os');
  });

  it("on Linux without a keyring (basic_text), it is only obfuscated, and the vault says 'weak'", async () => {
    expect(
      await createSafeStorageVault(fakeSafeStorage({ backend: 'basic_text' }), 'linux').protection(),
    ).toBe('weak');
  });

  it("without any encryption, the vault says 'unavailable' and refuses to pretend", async () => {
    const storage = fakeSafeStorage({ available: false });
    const vault = createSafeStorageVault(storage, 'win32');
    expect(await vault.protection()).toBe('unavailable');
    await expect(vault.encrypt('rahasia')).rejects.toThrow('cannot encrypt');
    expect(storage.encryptCalls).toBe(0);
  });

  it('what is stored is base64 ciphertext, not the secret, and decrypts back to it', async () => {
    const vault = createSafeStorageVault(fakeSafeStorage(), 'win32');
    const secret = 's3cr3t-Toko Maju-ümlaut';
    const stored = await vault.encrypt(secret);
    expect(stored).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(stored).not.toContain(secret);
    expect(Buffer.from(stored, 'base64').toString('utf8')).not.toContain(secret);
    expect(await vault.decrypt(stored)).toBe(secret);
  });

  it('a secret stored under a key since rotated still opens', async () => {
    const vault = createSafeStorageVault(fakeSafeStorage({ shouldReEncrypt: true }), 'win32');
    expect(await vault.decrypt(await vault.encrypt('rahasia'))).toBe('rahasia');
  });

  it('a ciphertext the keyring cannot open is an error, for the caller to treat as "connect again"', async () => {
    const vault = createSafeStorageVault(fakeSafeStorage(), 'win32');
    await expect(vault.decrypt('')).rejects.toThrow();
  });
});
