import { describe, expect, it } from 'vitest';
import {
  defaultScannerSettings,
  type KeyStroke,
  type Outcome,
  physicalChar,
  ScannerDetector,
  type ScannerSettings,
} from '../../renderer/src/scanner/scanner-detector.ts';

// Key timings shaped like real devices: scanners send a key every 1-40 ms, people 80 ms and up.

const codeFor = (ch: string): string => {
  if (/[a-z]/i.test(ch)) return `Key${ch.toUpperCase()}`;
  if (/\d/.test(ch)) return `Digit${ch}`;
  return { '-': 'Minus', '.': 'Period', '/': 'Slash', ' ': 'Space' }[ch] ?? 'Unidentified';
};

/** Strokes for `text` starting at `start`, `interval` ms apart (a number or a function of the index). */
function strokes(text: string, interval: number | ((i: number) => number), start = 1000): KeyStroke[] {
  let time = start;
  return [...text].map((key, i) => {
    if (i > 0) time += typeof interval === 'number' ? interval : interval(i);
    return { key, code: codeFor(key), time, shiftKey: /[A-Z]/.test(key) };
  });
}

function run(keys: KeyStroke[], settings: Partial<ScannerSettings> = {}) {
  const outcomes: Outcome[] = [];
  const detector = new ScannerDetector({ ...defaultScannerSettings, ...settings }, (o) => outcomes.push(o));
  const decisions = keys.map((k) => detector.key(k).type);
  detector.idle((keys.at(-1)?.time ?? 0) + 1000);
  return { outcomes, decisions };
}

const enter = (after: KeyStroke[], gap = 8): KeyStroke => ({
  key: 'Enter',
  code: 'Enter',
  time: (after.at(-1)?.time ?? 0) + gap,
});

describe('telling a barcode scanner from a person typing', () => {
  it.each([1, 5, 12, 25, 40])('detects an EAN-13 scan sent at %i ms per key, ended by Enter', (ms) => {
    const keys = strokes('8991234567895', ms);
    const { outcomes, decisions } = run([...keys, enter(keys, ms)]);
    expect(outcomes).toEqual([
      expect.objectContaining({ type: 'scan', code: '8991234567895', terminator: 'Enter' }),
    ]);
    expect(decisions.at(-1)).toBe('swallow');
    expect(decisions.slice(0, -1).every((d) => d === 'hold')).toBe(true);
  });

  it('detects a scan ended by Tab, and alphanumeric SKUs with dashes', () => {
    const keys = strokes('2DL-P1315L', 6);
    const { outcomes } = run([...keys, { key: 'Tab', code: 'Tab', time: keys.at(-1)!.time + 6 }]);
    expect(outcomes).toEqual([
      expect.objectContaining({ type: 'scan', code: '2DL-P1315L', terminator: 'Tab' }),
    ]);
  });

  it.each([80, 120, 250])('never takes typing at %i ms per key for a scan, and hands the text back', (ms) => {
    const keys = strokes('1315L', ms);
    const { outcomes, decisions } = run([...keys, enter(keys, ms)]);
    expect(outcomes.some((o) => o.type === 'scan')).toBe(false);
    expect(outcomes.map((o) => (o.type === 'typing' ? o.text : '')).join('')).toBe('1315L');
    expect(decisions.at(-1)).toBe('pass');
  });

  it('treats a fast burst that is too short as typing ("ok" + Enter)', () => {
    const keys = strokes('ok', 10);
    const { outcomes, decisions } = run([...keys, enter(keys)]);
    expect(outcomes).toEqual([{ type: 'typing', text: 'ok' }]);
    expect(decisions.at(-1)).toBe('pass');
  });

  it('hands back a fast burst that was never ended by a terminator as typing', () => {
    const { outcomes } = run(strokes('abcdef', 20));
    expect(outcomes).toEqual([{ type: 'typing', text: 'abcdef' }]);
  });

  it('takes a burst that stops by itself as a scan when the scanner sends no terminator', () => {
    const { outcomes } = run(strokes('1315XL', 5), { terminators: [] });
    expect(outcomes).toEqual([expect.objectContaining({ type: 'scan', code: '1315XL', terminator: null })]);
  });

  it('strips a configured prefix and suffix', () => {
    const keys = strokes('#8991234567895$', 4);
    const { outcomes } = run([...keys, enter(keys)], { prefix: '#', suffix: '$' });
    expect(outcomes).toEqual([expect.objectContaining({ type: 'scan', code: '8991234567895' })]);
  });

  it('refuses a very long burst instead of typing it into a field', () => {
    const keys = strokes('9'.repeat(300), 2);
    const { outcomes, decisions } = run([...keys, enter(keys)]);
    expect(outcomes).toEqual([{ type: 'rejected', reason: 'too-long', length: 300 }]);
    expect(decisions.at(-1)).toBe('swallow');
  });

  it('refuses garbage characters a misconfigured scanner sends', () => {
    const keys = strokes('12\u000134\u00075678', 3);
    const { outcomes } = run([...keys, enter(keys)]);
    expect(outcomes).toEqual([expect.objectContaining({ type: 'rejected', reason: 'invalid-characters' })]);
  });

  it('swallows function keys inside a scan and ignores Shift between characters', () => {
    const keys = strokes('ABC123', 5);
    const withNoise: KeyStroke[] = [
      { key: 'F7', code: 'F7', time: keys[0]!.time - 3 },
      keys[0]!,
      { key: 'Shift', code: 'ShiftLeft', time: keys[0]!.time + 1 },
      ...keys.slice(1),
      { key: 'F12', code: 'F12', time: keys.at(-1)!.time + 2 },
    ];
    withNoise.push(enter(withNoise, 2));
    const { outcomes, decisions } = run(withNoise);
    expect(outcomes).toEqual([expect.objectContaining({ type: 'scan', code: 'ABC123' })]);
    expect(decisions[0]).toBe('pass'); // a lone F7 before any burst is the person's, not ours
    expect(decisions.at(-2)).toBe('swallow');
  });

  it('lets a function key pressed by a person do what it does', () => {
    const { decisions } = run([{ key: 'F1', code: 'F1', time: 0 }]);
    expect(decisions).toEqual(['pass']);
  });

  it('separates typing that runs straight into a scan', () => {
    const typed = strokes('qty', 150, 0);
    const scan = strokes('8991234567895', 4, 2000);
    const { outcomes } = run([...typed, ...scan, enter(scan)]);
    expect(outcomes).toEqual([
      { type: 'typing', text: 'q' },
      { type: 'typing', text: 't' },
      { type: 'typing', text: 'y' },
      expect.objectContaining({ type: 'scan', code: '8991234567895' }),
    ]);
  });

  it('takes a scan with one slow key or a wireless pause, but is split by a silence no scanner makes', () => {
    const ok = strokes('8991234567895', (i) => (i === 6 ? 38 : 3));
    expect(run([...ok, enter(ok)]).outcomes[0]?.type).toBe('scan');
    // A 2.4 GHz dongle's pause between two runs of keys no longer splits the code (it did at 90 ms).
    const paused = strokes('8991234567895', (i) => (i === 6 ? 90 : 3));
    expect(run([...paused, enter(paused)]).outcomes).toEqual([
      expect.objectContaining({ type: 'scan', code: '8991234567895' }),
    ]);
    // Past the longest pause, the burst is split: the part before the gap goes back as typing,
    // and the full code is never reported (the rest is looked up and simply not found).
    const broken = strokes('8991234567895', (i) => (i === 6 ? 400 : 3));
    const { outcomes } = run([...broken, enter(broken)]);
    expect(outcomes[0]).toEqual({ type: 'typing', text: '899123' });
    expect(outcomes.some((o) => o.type === 'scan' && o.code === '8991234567895')).toBe(false);
  });

  it('reads the physical keys when the PC keyboard layout garbles what the scanner types', () => {
    // A US-layout scanner on a French AZERTY PC: Digit1 types "&", KeyQ types "a".
    const azerty: Record<string, string> = { Digit1: '&', Digit2: 'é', Digit3: '"', KeyQ: 'a', KeyA: 'q' };
    const keys = strokes('123QA', 4).map((k) => ({ ...k, key: azerty[k.code] ?? k.key }));
    const garbled = run([...keys, enter(keys)], {});
    expect(garbled.outcomes[0]).toMatchObject({ type: 'rejected', reason: 'invalid-characters' });
    const fixed = run([...keys, enter(keys)], { usePhysicalKeys: true });
    expect(fixed.outcomes[0]).toMatchObject({ type: 'scan', code: '123QA', physicalText: '123QA' });
  });

  it('knows the US characters of physical keys', () => {
    expect(physicalChar('KeyA', false)).toBe('a');
    expect(physicalChar('KeyA', true)).toBe('A');
    expect(physicalChar('Digit2', true)).toBe('@');
    expect(physicalChar('Numpad7', false)).toBe('7');
    expect(physicalChar('Minus', false)).toBe('-');
    expect(physicalChar('Unidentified', false)).toBeUndefined();
  });
});
