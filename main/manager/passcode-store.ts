import { z } from 'zod';
import type { SettingsBacking } from '../settings/settings-repository.ts';
import { type StoredHash, storedHashSchema } from './passcode-hash.ts';
import { noTries, type PasscodeTries } from './passcode-tries.ts';

const fileSchema = z.object({
  version: z.literal(1),
  hash: storedHashSchema.nullable(),
  failures: z.number().int().min(0),
  lockedUntil: z.number().nullable(),
});

export interface PasscodeRecord {
  /** Null until a passcode is set. */
  hash: StoredHash | null;
  tries: PasscodeTries;
}

/**
 * The manager passcode's hash and its wrong-try count, in the feature's own store, written on
 * every change so a restart hands out no fresh tries. A file that does not parse reads as "no
 * passcode": the same as a deleted file, which whoever can edit it could do anyway.
 */
export function readPasscodeRecord(backing: SettingsBacking<unknown>): PasscodeRecord {
  const parsed = fileSchema.safeParse(backing.read());
  if (!parsed.success) return { hash: null, tries: noTries() };
  const { hash, failures, lockedUntil } = parsed.data;
  return { hash, tries: { failures, lockedUntil } };
}

export function writePasscodeRecord(backing: SettingsBacking<unknown>, record: PasscodeRecord): void {
  backing.write({ version: 1, hash: record.hash, ...record.tries });
}
