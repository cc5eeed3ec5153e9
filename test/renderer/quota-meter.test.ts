// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createAppStores } from '../../renderer/src/app/app-stores.ts';
import { createI18n } from '../../renderer/src/i18n/i18n.ts';
import { QuotaMeter } from '../../renderer/src/quota/quota-meter.tsx';
import { StoresProvider } from '../../renderer/src/stores/app-stores.ts';
import { connectedView, fakeMain, quotaState } from './fake-main.ts';

const start = new Date('2026-03-02T09:00:00+07:00').getTime();

async function renderMeter(language: 'en' | 'id' = 'en') {
  const main = fakeMain({
    'connection:get': () => connectedView(),
    'settings:get': () => ({ language }),
    'quota:get': () => quotaState({ remaining: 48, nextSlotAt: start + 125_000 }),
  });
  const i18n = createI18n();
  const stores = createAppStores(main.bridge, i18n);
  await stores.session.getState().start();
  const meter = createElement(StoresProvider, { stores }, createElement(QuotaMeter));
  render(createElement(I18nextProvider, { i18n }, meter));
  await act(async () => {});
  return main;
}

describe('the quota meter on screen', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(start);
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  test('shows the requests left and counts down, second by second, to the next free one', async () => {
    await renderMeter();
    expect(screen.getByTestId('quota-left').textContent).toBe('48 of 50 left');
    expect(screen.getByTestId('quota-countdown').textContent).toBe('1 more in 2:05');
    await act(async () => {
      vi.advanceTimersByTime(5_000);
    });
    expect(screen.getByTestId('quota-countdown').textContent).toBe('1 more in 2:00');
    // Plenty left: quiet, nothing about slowing down.
    expect(screen.getByTestId('quota-meter').getAttribute('data-level')).toBe('ok');
    expect(screen.queryByTestId('quota-slowdown')).toBeNull();
  });

  test('at the reserve kept for the counter it gets louder and says what waits', async () => {
    const main = await renderMeter();
    await act(async () => {
      main.emit('quota:changed', quotaState({ remaining: 10, nextSlotAt: start + 30_000 }));
    });
    expect(screen.getByTestId('quota-meter').getAttribute('data-level')).toBe('low');
    expect(screen.getByTestId('quota-slowdown').textContent).toBe(
      'Running low: catalog updates wait, the counter goes first.',
    );
  });

  test('follows main: requests spent, a 429 block and a queue', async () => {
    const main = await renderMeter('id');
    await act(async () => {
      main.emit(
        'quota:changed',
        quotaState({ remaining: 0, blockedUntil: start + 90_000, queued: { interactive: 2, background: 1 } }),
      );
    });
    expect(screen.getByTestId('quota-left').textContent).toBe('Sisa 0 dari 50');
    expect(screen.getByTestId('quota-countdown').textContent).toBe('Ditahan DealPOS: 1:30');
    expect(screen.getByTestId('quota-queued').textContent).toBe('3 antre');
    expect(screen.getByTestId('quota-meter').getAttribute('data-level')).toBe('out');
    expect(screen.getByTestId('quota-slowdown').textContent).toContain('Scan tetap jalan');
  });
});
