// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { type KeypadActions, listenToKeypadKeys } from '../../renderer/src/customers/keypad-keys.ts';
import type { KeyStroke } from '../../renderer/src/scanner/key-stroke.ts';
import { attachKeyboardWedge } from '../../renderer/src/scanner/keyboard-wedge.ts';
import { defaultScannerSettings } from '../../renderer/src/scanner/scanner-settings.ts';
import { upgradeScannerSettings } from '../../renderer/src/scanner/scanner-settings-store.ts';
import { fastTypist } from '../scanner/people.ts';
import { jitteryPace, scanKeys, seededRandom, wirelessPace } from '../scanner/timelines.ts';

// The keyboard wedge in a DOM: the seeded scanner timelines played as real keydown events with
// their exact timestamps (as a page sees them), the idle end on (fake) timers.

/** Dispatches the strokes at the focused element; returns which keydowns the page let through. */
function play(keys: KeyStroke[]): string[] {
  const passed: string[] = [];
  for (const stroke of keys) {
    const target = document.activeElement ?? document.body;
    const event = new KeyboardEvent('keydown', {
      key: stroke.key,
      code: stroke.code,
      shiftKey: stroke.shiftKey ?? false,
      ctrlKey: stroke.ctrlKey ?? false,
      repeat: stroke.repeat ?? false,
      bubbles: true,
      cancelable: true,
    });
    Object.defineProperty(event, 'timeStamp', { value: stroke.time });
    target.dispatchEvent(event);
    if (!event.defaultPrevented && !['Shift', 'Control'].includes(stroke.key)) passed.push(stroke.key);
  }
  return passed;
}

let input: HTMLInputElement;
/** Wedges and keypads attached by the running test, detached after it whatever happened. */
const attached: (() => void)[] = [];
const keep = <T extends { detach(): void }>(wedge: T): T => {
  attached.push(() => wedge.detach());
  return wedge;
};
beforeEach(() => {
  vi.useFakeTimers();
  input = document.createElement('input');
  input.type = 'text';
  document.body.append(input);
  input.focus();
});
afterEach(() => {
  for (const detach of attached.splice(0)) detach();
  input.remove();
  vi.useRealTimers();
});

const now = () => performance.now() + 10;

describe('the scan screen’s keyboard wedge', () => {
  test('a wireless scan with pauses is one scan, and nothing lands in the focused field', async () => {
    const onScan = vi.fn();
    keep(attachKeyboardWedge(window, { settings: defaultScannerSettings, onScan }));
    const rand = seededRandom(3);
    const keys = scanKeys('8991234567895', now(), wirelessPace, 'Enter', rand);
    expect(play(keys)).toEqual([]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(onScan.mock.calls.map(([code]) => code)).toEqual(['8991234567895']);
    expect(input.value).toBe('');
  });

  test('an LF-terminated scan (Ctrl+J) is read and the Ctrl+J never reaches the page', async () => {
    const onScan = vi.fn();
    keep(attachKeyboardWedge(window, { settings: defaultScannerSettings, onScan }));
    const keys = scanKeys('aB3-Xy91K', now(), jitteryPace, 'LF', seededRandom(4));
    expect(play(keys)).toEqual([]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(onScan.mock.calls.map(([code]) => code)).toEqual(['aB3-Xy91K']);
  });

  test('a scanner with no terminator is read once the burst stops', async () => {
    const onScan = vi.fn();
    keep(attachKeyboardWedge(window, { settings: defaultScannerSettings, onScan }));
    play(scanKeys('036000291452', now(), jitteryPace, 'none', seededRandom(5)));
    expect(onScan).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2000);
    expect(onScan.mock.calls.map(([code]) => code)).toEqual(['036000291452']);
  });

  test('a person typing fast gets every key into the field, in order', async () => {
    const onScan = vi.fn();
    keep(attachKeyboardWedge(window, { settings: defaultScannerSettings, onScan }));
    const typed = fastTypist(seededRandom(6), now());
    const keys = typed.keys.filter((k) => k.key !== 'Enter');
    // Keys arrive in real time: the wedge's idle timer runs between them.
    let at = keys[0]?.time ?? 0;
    for (const key of keys) {
      await vi.advanceTimersByTimeAsync(key.time - at);
      at = key.time;
      play([key]);
    }
    await vi.advanceTimersByTimeAsync(2000);
    expect(input.value).toBe(typed.text);
    expect(onScan).not.toHaveBeenCalled();
  });

  test('two scans in a row each say at their first key that a scan is coming, before their Enter', async () => {
    const events: string[] = [];
    keep(
      attachKeyboardWedge(window, {
        settings: defaultScannerSettings,
        onScan: (code) => events.push(`scan ${code}`),
        onBurstStart: () => events.push('coming'),
      }),
    );
    const first = scanKeys('8991234567895', now(), wirelessPace, 'CR+LF', seededRandom(8));
    const second = scanKeys(
      '036000291452',
      (first.at(-1)?.time ?? 0) + 500,
      jitteryPace,
      'Enter',
      seededRandom(9),
    );
    play(first.slice(0, 1));
    expect(events).toEqual(['coming']);
    play(first.slice(1));
    await vi.advanceTimersByTimeAsync(600);
    play(second);
    await vi.advanceTimersByTimeAsync(2000);
    expect(events).toEqual(['coming', 'scan 8991234567895', 'coming', 'scan 036000291452']);
  });

  test('a 200-character garbage burst is refused and nothing is typed', async () => {
    const onScan = vi.fn();
    const onRejected = vi.fn();
    keep(attachKeyboardWedge(window, { settings: defaultScannerSettings, onScan, onRejected }));
    const start = now();
    play([...'x'.repeat(200)].map((key, i) => ({ key, code: 'KeyX', time: start + i * 3 })));
    await vi.advanceTimersByTimeAsync(2000);
    expect(onRejected).toHaveBeenCalledWith({ type: 'rejected', reason: 'too-long', length: 200 });
    expect(input.value).toBe('');
    expect(onScan).not.toHaveBeenCalled();
  });
});

describe('the customers keypad reads member cards through the same wedge', () => {
  const actions = () => {
    const calls: string[] = [];
    const record: KeypadActions = {
      digit: (d) => calls.push(`digit ${d}`),
      backspace: () => calls.push('backspace'),
      clear: () => calls.push('clear'),
      submit: () => calls.push('submit'),
      scan: (code) => calls.push(`scan ${code}`),
    };
    return { calls, record };
  };

  test('a member card from a wireless scanner, CR+LF, is looked up and never typed as a PIN', async () => {
    input.blur();
    const { calls, record } = actions();
    attached.push(listenToKeypadKeys(window, () => null, record, defaultScannerSettings));
    expect(play(scanKeys('8990001234567', now(), wirelessPace, 'CR+LF', seededRandom(7)))).toEqual([]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(calls).toEqual(['scan 8990001234567']);
  });

  test('with saved settings for a scanner that sends no terminator, a short member code is still a scan', async () => {
    input.blur();
    const { calls, record } = actions();
    const saved = { ...defaultScannerSettings, terminators: [] };
    attached.push(listenToKeypadKeys(window, () => null, record, saved));
    play(scanKeys('M1234', now(), jitteryPace, 'none', seededRandom(8)));
    await vi.advanceTimersByTimeAsync(2000);
    expect(calls).toEqual(['scan M1234']);
  });

  test('a PIN typed on the numpad comes through as digits, then Enter checks it', async () => {
    input.blur();
    const { calls, record } = actions();
    attached.push(listenToKeypadKeys(window, () => null, record, defaultScannerSettings));
    let at = now();
    for (const digit of '2580') {
      play([{ key: digit, code: `Numpad${digit}`, time: at }]);
      await vi.advanceTimersByTimeAsync(150);
      at += 150;
    }
    play([{ key: 'Enter', code: 'NumpadEnter', time: at }]);
    expect(calls).toEqual(['digit 2', 'digit 5', 'digit 8', 'digit 0', 'submit']);
  });
});

describe('scanner settings saved by an older version', () => {
  test('untouched old defaults become today’s, which read LF and no terminator', () => {
    const old = { maxInterKeyMs: 40, minLength: 4, maxLength: 64, terminators: ['Enter', 'Tab'] };
    expect(upgradeScannerSettings({ ...old, prefix: '', suffix: '', usePhysicalKeys: false })).toEqual(
      defaultScannerSettings,
    );
  });

  test('a calibrated scanner keeps what it learned and gains the pause it did not have', () => {
    const calibrated = { ...defaultScannerSettings, maxInterKeyMs: 20, terminators: ['Enter'] };
    const { maxPauseMs: _, ...old } = calibrated;
    expect(upgradeScannerSettings(old)).toEqual(calibrated);
  });
});
