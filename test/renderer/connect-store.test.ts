// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { ConnectionView, Outlet } from '../../main/app-contract.ts';
import { createConnectStore } from '../../renderer/src/connect/connect-store.ts';
import { connectedView, fail, fakeMain } from './fake-main.ts';

const outlet = (id: string, name: string, suspended = false): Outlet => ({
  id,
  name,
  code: id.toUpperCase(),
  suspended,
});
const outlets = [outlet('plt', 'Pluit'), outlet('kgd', 'Kelapa Gading'), outlet('sby', 'Surabaya', true)];

function connect(answers = {}) {
  const main = fakeMain({
    'connection:test': () => ({ outlets }),
    'connection:save': () => connectedView({ outlet: null }),
    'connection:choose-outlet': () => connectedView({ outlet: { id: 'kgd', name: 'Kelapa Gading' } }),
    'outlets:list': () => outlets,
    ...answers,
  });
  const connected: ConnectionView[] = [];
  const store = createConnectStore(main.bridge, { onConnected: (view) => void connected.push(view) });
  const typeIn = () => {
    store.getState().setField('host', '  acme ');
    store.getState().setField('clientId', 'client-1');
    store.getState().setField('clientSecret', 's3cret');
  };
  return { store, main, connected, typeIn };
}

describe('the Connect screen', () => {
  test('a good test moves on to the outlets, without the suspended ones', async () => {
    const { store, main, typeIn } = connect();
    typeIn();
    await store.getState().test();
    expect(main.calls.at(-1)).toEqual({
      channel: 'connection:test',
      input: { host: 'acme', clientId: 'client-1', clientSecret: 's3cret' },
    });
    expect(store.getState()).toMatchObject({
      step: 'outlet',
      testedHost: 'acme',
      outletId: null,
      busy: null,
    });
    expect(store.getState().outlets.map((o) => o.name)).toEqual(['Pluit', 'Kelapa Gading']);
  });

  test('an account with a single outlet has it chosen already', async () => {
    const { store, typeIn } = connect({ 'connection:test': () => ({ outlets: [outlet('plt', 'Pluit')] }) });
    typeIn();
    await store.getState().test();
    expect(store.getState().outletId).toBe('plt');
  });

  test('a failed test stays on the form with the error, and typing clears it', async () => {
    const { store, typeIn } = connect({ 'connection:test': () => fail('auth') });
    typeIn();
    await store.getState().test();
    expect(store.getState()).toMatchObject({ step: 'credentials', error: { kind: 'auth' } });
    store.getState().setField('clientSecret', 'another');
    expect(store.getState().error).toBeNull();
  });

  test('saving keeps the credentials, then the outlet, and forgets the secret in the page', async () => {
    const { store, main, connected, typeIn } = connect();
    typeIn();
    await store.getState().test();
    store.getState().chooseOutletId('kgd');
    await store.getState().save();
    expect(main.calls.slice(-2).map((call) => call.channel)).toEqual([
      'connection:save',
      'connection:choose-outlet',
    ]);
    expect(main.calls.at(-1)?.input).toEqual({ outletId: 'kgd', outletName: 'Kelapa Gading' });
    expect(connected.at(-1)?.outlet?.name).toBe('Kelapa Gading');
    expect(store.getState()).toMatchObject({ step: 'credentials', clientSecret: '', host: '' });
  });

  test('where the OS can only hide the secret, saving waits for the admin to confirm', async () => {
    let saves = 0;
    const { store, main, connected, typeIn } = connect({
      'connection:save': (input: { allowWeakEncryption?: boolean }) => {
        saves++;
        return input.allowWeakEncryption ? connectedView({ outlet: null }) : fail('weak-encryption');
      },
    });
    typeIn();
    await store.getState().test();
    store.getState().chooseOutletId('plt');
    await store.getState().save();
    expect(store.getState()).toMatchObject({ confirmWeakEncryption: true, error: null, busy: null });
    expect(connected).toEqual([]);

    store.getState().cancelWeakEncryption();
    expect(store.getState().confirmWeakEncryption).toBe(false);

    await store.getState().save({ allowWeakEncryption: true });
    expect(saves).toBe(2);
    const lastSave = main.calls.filter((call) => call.channel === 'connection:save').at(-1);
    expect(lastSave?.input).toMatchObject({ allowWeakEncryption: true, clientSecret: 's3cret' });
    expect(connected).toHaveLength(1);
  });

  test('when only the outlet failed, trying again does not save the credentials twice', async () => {
    let chooseAttempts = 0;
    const { store, main, typeIn } = connect({
      'connection:choose-outlet': () => (++chooseAttempts === 1 ? fail('internal') : connectedView()),
    });
    typeIn();
    await store.getState().test();
    store.getState().chooseOutletId('plt');
    await store.getState().save();
    expect(store.getState()).toMatchObject({ saved: true, error: { kind: 'internal' }, clientSecret: '' });
    await store.getState().save();
    expect(main.calls.filter((call) => call.channel === 'connection:save')).toHaveLength(1);
  });

  test('after a restart between saving and choosing, the outlets of the saved account are fetched', async () => {
    const { store } = connect();
    await store.getState().resumeSaved();
    expect(store.getState()).toMatchObject({ step: 'outlet', saved: true, busy: null });
    expect(store.getState().outlets).toHaveLength(2);
  });

  test('with no manager passcode yet, it is asked twice, checked before any test, and set after the save', async () => {
    const { store, main, typeIn, connected } = connect({
      'manager:status': () => ({ passcodeSet: false, lockedUntil: null, triesLeft: 5 }),
      'manager:set-passcode': () => ({ passcodeSet: true, lockedUntil: null, triesLeft: 5 }),
    });
    await store.getState().loadPasscodeNeed();
    expect(store.getState().passcodeNeeded).toBe(true);
    typeIn();
    store.getState().setField('passcode', '135');
    await store.getState().test();
    expect(store.getState()).toMatchObject({ step: 'credentials', passcodeProblem: 'tooShort' });
    store.getState().setField('passcode', '1357');
    store.getState().setField('passcodeRepeat', '1375');
    await store.getState().test();
    expect(store.getState()).toMatchObject({ step: 'credentials', passcodeProblem: 'mismatch' });
    expect(main.calls.some((call) => call.channel === 'connection:test')).toBe(false);

    store.getState().setField('passcodeRepeat', '1357');
    await store.getState().test();
    store.getState().chooseOutletId('kgd');
    await store.getState().save();
    const order = main.calls
      .map((call) => call.channel)
      .filter((c) => c.startsWith('connection:') || c === 'manager:set-passcode');
    expect(order).toEqual([
      'connection:test',
      'connection:save',
      'manager:set-passcode',
      'connection:choose-outlet',
    ]);
    // The typed secret goes along: main needs it as proof when this counter was connected already.
    expect(main.calls.find((call) => call.channel === 'manager:set-passcode')?.input).toEqual({
      next: '1357',
      clientSecret: 's3cret',
    });
    expect(store.getState()).toMatchObject({ passcode: '', passcodeRepeat: '', clientSecret: '' });
    expect(connected).toHaveLength(1);
  });

  test('with a manager passcode set already, the form does not ask for one', async () => {
    const { store, main, typeIn, connected } = connect({
      'manager:status': () => ({ passcodeSet: true, lockedUntil: null, triesLeft: 5 }),
    });
    await store.getState().loadPasscodeNeed();
    typeIn();
    await store.getState().test();
    store.getState().chooseOutletId('kgd');
    await store.getState().save();
    expect(main.calls.some((call) => call.channel === 'manager:set-passcode')).toBe(false);
    expect(connected).toHaveLength(1);
  });
});
