import { ServiceError } from '../ipc/service-error.ts';
import type { SettingsBacking } from '../settings/settings-repository.ts';
import type { ManagerStatus, SetPasscodeInput } from './manager-channels.ts';
import { defaultScryptParams, hashPasscode, passcodeMatches, type ScryptParams } from './passcode-hash.ts';
import { readPasscodeRecord, writePasscodeRecord } from './passcode-store.ts';
import { afterWrongTry, lockedUntilAt, noTries, triesLeftAt } from './passcode-tries.ts';

export interface ManagerPasscodeDeps {
  /** The feature's own store (electron-store in the app, memory in tests). */
  backing: SettingsBacking<unknown>;
  /** Epoch ms. */
  now(): number;
  /** scrypt's cost for new hashes; tests may pass a cheaper one. */
  params?: ScryptParams;
  /**
   * Whether the first passcode may be set with this proof (the store's Client Secret, or none):
   * free while connecting, proven once a live store is connected. Absent: always free.
   */
  firstPasscodeAllowed?(clientSecret: string | undefined): boolean;
}

export interface ManagerPasscode {
  status(): ManagerStatus;
  /** Resolves when the passcode is right; throws a ServiceError `approval-*` otherwise. */
  verify(passcode: string): Promise<void>;
  /** The first passcode, or a new one given the current one (checked like any approval). */
  set(input: SetPasscodeInput): Promise<ManagerStatus>;
}

const minutesUntil = (until: number, now: number) => Math.max(1, Math.ceil((until - now) / 60_000));

const lockedError = (until: number, now: number) =>
  new ServiceError(
    'approval-locked',
    `Too many wrong manager passcodes. Try again in ${minutesUntil(until, now)} minute(s).`,
  );

/**
 * The manager passcode, kept as a salted scrypt hash, with its own lockout: five wrong tries lock
 * it for five minutes. Checks run one after another, so parallel guesses cannot slip past the count.
 */
export function createManagerPasscode(deps: ManagerPasscodeDeps): ManagerPasscode {
  const { backing, now } = deps;
  const params = deps.params ?? defaultScryptParams;
  let queue: Promise<unknown> = Promise.resolve();

  const oneAtATime = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };

  const status = (): ManagerStatus => {
    const { hash, tries } = readPasscodeRecord(backing);
    const at = now();
    return {
      passcodeSet: hash !== null,
      lockedUntil: lockedUntilAt(tries, at),
      triesLeft: triesLeftAt(tries, at),
    };
  };

  const check = async (passcode: string): Promise<void> => {
    const record = readPasscodeRecord(backing);
    if (record.hash === null) {
      throw new ServiceError(
        'approval-required',
        'No manager passcode is set yet. Set one in Settings first.',
      );
    }
    const lockedUntil = lockedUntilAt(record.tries, now());
    if (lockedUntil !== null) throw lockedError(lockedUntil, now());

    if (await passcodeMatches(passcode, record.hash)) {
      if (record.tries.failures > 0) writePasscodeRecord(backing, { ...record, tries: noTries() });
      return;
    }
    const at = now();
    const tries = afterWrongTry(record.tries, at);
    writePasscodeRecord(backing, { ...record, tries });
    if (tries.lockedUntil !== null) throw lockedError(tries.lockedUntil, at);
    const left = triesLeftAt(tries, at);
    throw new ServiceError('approval-refused', `That manager passcode is wrong. ${left} tries left.`);
  };

  /** The first passcode on a connected counter needs the store's Client Secret; a wrong one counts as a try. */
  const checkFirstProof = (clientSecret: string | undefined): void => {
    if (!deps.firstPasscodeAllowed || deps.firstPasscodeAllowed(clientSecret)) return;
    const record = readPasscodeRecord(backing);
    const lockedUntil = lockedUntilAt(record.tries, now());
    if (lockedUntil !== null) throw lockedError(lockedUntil, now());
    if (clientSecret !== undefined) {
      const tries = afterWrongTry(record.tries, now());
      writePasscodeRecord(backing, { ...record, tries });
      if (tries.lockedUntil !== null) throw lockedError(tries.lockedUntil, now());
      throw new ServiceError('approval-refused', 'That is not the Client Secret of the connected store.');
    }
    throw new ServiceError(
      'approval-required',
      "This counter is already connected: type the store's DealPOS Client Secret to set the first manager passcode.",
    );
  };

  return {
    status,
    verify: (passcode) => oneAtATime(() => check(passcode)),
    set: ({ current, next, clientSecret }) =>
      oneAtATime(async () => {
        if (readPasscodeRecord(backing).hash !== null) {
          if (current === undefined) {
            throw new ServiceError('approval-required', 'Type the current manager passcode to change it.');
          }
          await check(current);
        } else {
          checkFirstProof(clientSecret);
        }
        writePasscodeRecord(backing, { hash: await hashPasscode(next, params), tries: noTries() });
        return status();
      }),
  };
}
