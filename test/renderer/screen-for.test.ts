// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { screenFor } from '../../renderer/src/app/screen-for.ts';
import { noConnection } from '../../renderer/src/session/session-store.ts';
import { connectedView } from './fake-main.ts';

const ready = { phase: 'ready' as const, welcomeChoice: 'welcome' as const };

describe('which screen the counter shows', () => {
  test('nothing but a spinner until main has answered, and a retry if it could not', () => {
    expect(screenFor({ ...ready, phase: 'loading', connection: noConnection })).toBe('loading');
    expect(screenFor({ ...ready, phase: 'failed', connection: noConnection })).toBe('failed');
  });

  test('not connected: the welcome, or Connect once chosen', () => {
    expect(screenFor({ ...ready, connection: noConnection })).toBe('welcome');
    expect(screenFor({ ...ready, welcomeChoice: 'connect', connection: noConnection })).toBe('connect');
  });

  test('saved but without an outlet: Connect, at the outlet', () => {
    expect(screenFor({ ...ready, connection: connectedView({ outlet: null }) })).toBe('connect');
  });

  test('connected to the store or the demo: the app', () => {
    expect(screenFor({ ...ready, connection: connectedView() })).toBe('frame');
    expect(
      screenFor({ ...ready, connection: connectedView({ mode: 'demo', host: null, outlet: null }) }),
    ).toBe('frame');
  });
});
