import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../main/ipc/service-error.ts';
import { createManagerPasscode } from '../../main/manager/manager-passcode.ts';
import { defaultScryptParams, storedHashSchema } from '../../main/manager/passcode-hash.ts';
import { memoryBacking } from '../../main/settings/settings-repository.ts';

// The manager passcode in main (issue #12): a salted scrypt hash, its own lockout on an injected
// clock, checks one at a time. Plain Node: no Electron, no DealPOS.

const minute = 60_000;

function passcodeAt(clock: { now: number }) {
  const backing = memoryBacking<unknown>(undefined);
  return { backing, passcode: createManagerPasscode({ backing, now: () => clock.now }) };
}

const kindOf = async (run: Promise<unknown>) => {
  try {
    await run;
    return 'ok';
  } catch (error) {
    if (error instanceof ServiceError) return error.kind;
    throw error;
  }
};

describe('the manager passcode', () => {
  it('is kept as a salted scrypt hash at full cost, never as typed, with a fresh salt each time', async () => {
    const clock = { now: 0 };
    const one = passcodeAt(clock);
    const two = passcodeAt(clock);
    await one.passcode.set({ next: 'toko1234' });
    await two.passcode.set({ next: 'toko1234' });
    const stored = (one.backing.read() as { hash: unknown }).hash;
    const parsed = storedHashSchema.parse(stored);
    expect(parsed).toMatchObject({ algorithm: 'scrypt', N: defaultScryptParams.N, r: 8, p: 1 });
    expect(JSON.stringify(one.backing.read())).not.toContain('toko1234');
    const other = storedHashSchema.parse((two.backing.read() as { hash: unknown }).hash);
    expect(other.salt).not.toBe(parsed.salt);
    expect(other.hash).not.toBe(parsed.hash);
    expect(await kindOf(one.passcode.verify('toko1234'))).toBe('ok');
    expect(await kindOf(one.passcode.verify('Toko1234'))).toBe('approval-refused');
  });

  it('approves nothing before a passcode is set', async () => {
    const { passcode } = passcodeAt({ now: 0 });
    expect(passcode.status()).toEqual({ passcodeSet: false, lockedUntil: null, triesLeft: 5 });
    expect(await kindOf(passcode.verify(''))).toBe('approval-required');
  });

  it('changes only with the current passcode, and a wrong current one counts as a try', async () => {
    const { passcode } = passcodeAt({ now: 0 });
    await passcode.set({ next: '2468' });
    expect(await kindOf(passcode.set({ next: '1357' }))).toBe('approval-required');
    expect(await kindOf(passcode.set({ current: '0000', next: '1357' }))).toBe('approval-refused');
    expect(passcode.status().triesLeft).toBe(4);
    await passcode.set({ current: '2468', next: '1357' });
    expect(await kindOf(passcode.verify('2468'))).toBe('approval-refused');
    expect(await kindOf(passcode.verify('1357'))).toBe('ok');
    // A right passcode gives the tries back.
    expect(passcode.status()).toEqual({ passcodeSet: true, lockedUntil: null, triesLeft: 5 });
  });

  it('locks for 5 minutes after five wrong tries, and keeps the lock over a restart', async () => {
    const clock = { now: Date.UTC(2026, 4, 4, 7, 0) };
    const { backing, passcode } = passcodeAt(clock);
    await passcode.set({ next: '2468' });
    const kinds: string[] = [];
    for (let i = 0; i < 5; i++) kinds.push(await kindOf(passcode.verify(`000${i}`)));
    expect(kinds).toEqual([
      'approval-refused',
      'approval-refused',
      'approval-refused',
      'approval-refused',
      'approval-locked',
    ]);

    const restarted = createManagerPasscode({ backing, now: () => clock.now });
    expect(restarted.status()).toEqual({
      passcodeSet: true,
      lockedUntil: clock.now + 5 * minute,
      triesLeft: 0,
    });
    expect(await kindOf(restarted.verify('2468'))).toBe('approval-locked');
    clock.now += 5 * minute - 1;
    expect(await kindOf(restarted.verify('2468'))).toBe('approval-locked');
    clock.now += 1;
    expect(await kindOf(restarted.verify('2468'))).toBe('ok');
  });

  it('counts guesses sent all at once one by one: the sixth is locked without a check', async () => {
    const { passcode } = passcodeAt({ now: 0 });
    await passcode.set({ next: '2468' });
    const kinds = await Promise.all(Array.from({ length: 6 }, (_, i) => kindOf(passcode.verify(`11${i}1`))));
    expect(kinds.filter((kind) => kind === 'approval-refused')).toHaveLength(4);
    expect(kinds.filter((kind) => kind === 'approval-locked')).toHaveLength(2);
  });
});
