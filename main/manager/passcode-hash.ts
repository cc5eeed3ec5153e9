import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** scrypt's cost: N (CPU and memory), r (block size), p (parallelism), and the hash's length in bytes. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
  keyLength: number;
}

/**
 * N=2^15, r=8: 32 MiB and about 100 ms a check on a shop PC, which a manager waits for at the
 * counter. That is below OWASP's 2^17 for account passwords on purpose: a passcode of a few
 * digits falls to an offline guess at any cost, so what guards it is the lockout in main; the
 * cost only slows a copied store file down.
 */
export const defaultScryptParams: ScryptParams = { N: 2 ** 15, r: 8, p: 1, keyLength: 32 };

/** What is kept: the salt and the cost with the hash, so a later change of cost still checks old hashes. */
export const storedHashSchema = z.object({
  algorithm: z.literal('scrypt'),
  salt: z.string().min(1),
  // Bounded so an edited store file cannot make a check allocate gigabytes.
  N: z
    .number()
    .int()
    .min(2)
    .max(2 ** 20),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  keyLength: z.number().int().min(16).max(128),
  hash: z.string().min(1),
});
export type StoredHash = z.infer<typeof storedHashSchema>;

function derive(passcode: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const { N, r, p, keyLength } = params;
  return new Promise((resolve, reject) => {
    // Node refuses a cost above maxmem (32 MiB by default); scrypt needs 128 * N * r bytes.
    scrypt(passcode.normalize('NFC'), salt, keyLength, { N, r, p, maxmem: 256 * N * r }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** A fresh random salt and the passcode's scrypt hash, ready to store. */
export async function hashPasscode(
  passcode: string,
  params: ScryptParams = defaultScryptParams,
): Promise<StoredHash> {
  const salt = randomBytes(16);
  const key = await derive(passcode, salt, params);
  return { algorithm: 'scrypt', salt: salt.toString('base64'), ...params, hash: key.toString('base64') };
}

/** Whether the typed passcode is the stored one, compared in constant time. */
export async function passcodeMatches(passcode: string, stored: StoredHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const typed = await derive(passcode, Buffer.from(stored.salt, 'base64'), stored);
  return typed.length === expected.length && timingSafeEqual(typed, expected);
}
