// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, test } from 'vitest';
import { createAppStores } from '../../renderer/src/app/app-stores.ts';
import { CustomerSearch } from '../../renderer/src/customers/customer-search.tsx';
import { createI18n } from '../../renderer/src/i18n/i18n.ts';
import type { KeyStroke } from '../../renderer/src/scanner/key-stroke.ts';
import { defaultScannerSettings } from '../../renderer/src/scanner/scanner-settings.ts';
import { StoresProvider } from '../../renderer/src/stores/app-stores.ts';
import { keysFor, scanKeys, seededRandom, wiredPace } from '../scanner/timelines.ts';
import { fakeMain } from './fake-main.ts';

// The customer search in a DOM, with the scanner settings this PC saved (localStorage, as the
// calibration dialog leaves them): a calibrated scanner's member card is read there as it is on
// the scan screen, and a person's keys still reach the search.

/** Dispatches the strokes at the focused element, with their timestamps, as a page sees them. */
function play(keys: KeyStroke[]): void {
  for (const stroke of keys) {
    const event = new KeyboardEvent('keydown', {
      key: stroke.key,
      code: stroke.code,
      shiftKey: stroke.shiftKey ?? false,
      ctrlKey: stroke.ctrlKey ?? false,
      bubbles: true,
      cancelable: true,
    });
    Object.defineProperty(event, 'timeStamp', { value: stroke.time });
    (document.activeElement ?? document.body).dispatchEvent(event);
  }
}

/** Settings as calibration saves them for a scanner that wraps every code in `x.` and `.y`. */
async function saveCalibratedScanner(): Promise<void> {
  const settings = { ...defaultScannerSettings, prefix: 'x.', suffix: '.y', terminators: ['Enter'] };
  localStorage.setItem(
    'dealpos-scanner',
    JSON.stringify({ state: { settings, refreshEveryHours: 24 }, version: 2 }),
  );
}

async function renderSearch() {
  const main = fakeMain({ 'customers:find': () => null });
  // The app's stores read the scanner settings this PC saved as they are built.
  const i18n = createI18n();
  const stores = createAppStores(main.bridge, i18n);
  const store = stores.customers;
  const inputRef = createRef<HTMLInputElement>();
  render(
    <I18nextProvider i18n={i18n}>
      <StoresProvider stores={stores}>
        <CustomerSearch inputRef={inputRef} />
      </StoresProvider>
    </I18nextProvider>,
  );
  await act(async () => {});
  const box = screen.getByRole('textbox') as HTMLInputElement;
  box.focus();
  return { main, store, box };
}

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('the customer search reads a calibrated scanner with the saved settings', () => {
  test('a member card from a scanner set to add a prefix and suffix finds the customer by the bare code', async () => {
    await saveCalibratedScanner();
    const { main, store, box } = await renderSearch();
    await act(async () => {
      play(scanKeys('x.M20417.y', performance.now() + 10, wiredPace, 'Enter', seededRandom(11)));
    });
    const finds = main.calls.filter((call) => call.channel === 'customers:find');
    expect(finds.map((call) => call.input)).toEqual([{ by: 'code', value: 'M20417' }]);
    await act(async () => {});
    expect(store.getState().notFound).toEqual({ by: 'code', value: 'M20417' });
    expect(box.value).toBe('M20417');
  });

  test('a person typing an email into the search gets every key there, and nothing is looked up yet', async () => {
    await saveCalibratedScanner();
    const { main, store, box } = await renderSearch();
    act(() => store.getState().setLookupKind('email'));
    box.focus();
    expect(box.type).toBe('email');
    // A person's pace: a key every 150 ms; the Enter after them settles the last one.
    const text = 'sari@toko.id';
    const keys = keysFor(
      text,
      performance.now() + 10,
      [...text].map(() => 150),
    );
    const last = (keys.at(-1) as KeyStroke).time;
    await act(async () => {
      play([...keys, { key: 'Enter', code: 'Enter', time: last + 150 }]);
    });
    expect(box.value).toBe(text);
    expect(store.getState().query).toBe(text);
    expect(main.calls.filter((call) => call.channel === 'customers:find')).toEqual([]);
  });
});
