// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import type { Language } from '../../main/app-contract.ts';
import { createSessionStore } from '../../renderer/src/session/session-store.ts';
import { connectedView, fail, fakeMain, quotaState } from './fake-main.ts';

function session(main = fakeMain()) {
  const applied: Language[] = [];
  const store = createSessionStore(main.bridge, { applyLanguage: (language) => void applied.push(language) });
  return { store, main, applied };
}

describe('the session: what the page knows of main', () => {
  test('an Indonesian Windows starts in Bahasa Indonesia', async () => {
    const { store, applied } = session(
      fakeMain({ 'app:info': () => ({ version: '1', osLocale: 'id-ID', secretProtection: 'os' }) }),
    );
    await store.getState().start();
    expect(store.getState()).toMatchObject({ phase: 'ready', language: 'id' });
    expect(applied).toEqual(['id']);
  });

  test('a saved choice of language wins over the OS locale', async () => {
    const { store } = session(
      fakeMain({
        'app:info': () => ({ version: '1', osLocale: 'id-ID', secretProtection: 'os' }),
        'settings:get': () => ({ language: 'en' }),
      }),
    );
    await store.getState().start();
    expect(store.getState().language).toBe('en');
  });

  test('switching the language changes the texts at once and saves the choice in main', async () => {
    const { store, main, applied } = session();
    await store.getState().start();
    expect(await store.getState().setLanguage('id')).toBeNull();
    expect(applied).toEqual(['en', 'id']);
    expect(main.calls.at(-1)).toEqual({ channel: 'settings:set-language', input: { language: 'id' } });
  });

  test('a language that could not be saved still applies for this session', async () => {
    const { store, main, applied } = session();
    await store.getState().start();
    main.answer('settings:set-language', () => fail('internal'));
    expect((await store.getState().setLanguage('id'))?.kind).toBe('internal');
    expect(store.getState().language).toBe('id');
    expect(applied.at(-1)).toBe('id');
  });

  test('a start that main cannot answer offers to try again', async () => {
    const { store } = session(fakeMain({ 'connection:get': () => fail('internal') }));
    await store.getState().start();
    expect(store.getState()).toMatchObject({ phase: 'failed', startError: { kind: 'internal' } });
  });

  test('a connected counter loads the quota, and follows main’s quota events', async () => {
    const { store, main } = session(fakeMain({ 'connection:get': () => connectedView() }));
    await store.getState().start();
    await vi.waitFor(() => expect(store.getState().quota?.remaining).toBe(48));
    main.emit('quota:changed', quotaState({ remaining: 47, used: 3 }));
    expect(store.getState().quota?.remaining).toBe(47);
  });

  test('main’s connection events replace the view: offline shows at once', async () => {
    const { store, main } = session(fakeMain({ 'connection:get': () => connectedView() }));
    await store.getState().start();
    main.emit('connection:changed', connectedView({ online: false }));
    expect(store.getState().connection.online).toBe(false);
  });

  test('quota events are ignored while not connected', async () => {
    const { store, main } = session();
    await store.getState().start();
    main.emit('quota:changed', quotaState());
    expect(store.getState().quota).toBeNull();
  });

  test('Try the demo connects to the demo store; a failure is kept to show', async () => {
    const { store, main } = session();
    await store.getState().start();
    main.answer('connection:start-demo', () => fail('internal'));
    await store.getState().startDemo();
    expect(store.getState()).toMatchObject({ demoStarting: false, demoError: { kind: 'internal' } });

    main.answer('connection:start-demo', () => connectedView({ mode: 'demo', host: null, clientId: null }));
    await store.getState().startDemo();
    expect(store.getState()).toMatchObject({ demoError: null, connection: { mode: 'demo' } });
  });

  test('disconnecting goes back to the welcome and forgets the quota', async () => {
    const { store, main } = session(fakeMain({ 'connection:get': () => connectedView() }));
    await store.getState().start();
    store.getState().openConnect();
    main.answer('connection:disconnect', () => ({ ...connectedView(), mode: 'none', outlet: null }));
    expect(await store.getState().disconnect()).toBeNull();
    expect(store.getState()).toMatchObject({
      welcomeChoice: 'welcome',
      quota: null,
      connection: { mode: 'none' },
    });
  });
});
