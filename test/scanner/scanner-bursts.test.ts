import { describe, expect, it } from 'vitest';
import { type calibrate, calibrationCode } from '../../renderer/src/scanner/calibration.ts';
import { listenForCalibration } from '../../renderer/src/scanner/calibration-listener.ts';
import type { KeyStroke } from '../../renderer/src/scanner/key-stroke.ts';
import {
  defaultScannerSettings,
  type Outcome,
  ScannerDetector,
  type ScannerSettings,
} from '../../renderer/src/scanner/scanner-detector.ts';
import { playTimelines } from './play.ts';
import { keysFor } from './timelines.ts';

// What the issue found wrong with deciding gap by gap, one behaviour a test.

const run = (keys: KeyStroke[], settings: ScannerSettings = defaultScannerSettings) => {
  const [played] = playTimelines(settings, [keys]);
  if (!played) throw new Error('nothing played');
  return played;
};
const ctrl = (key: string, time: number): KeyStroke[] => [
  { key: 'Control', code: 'ControlLeft', time, ctrlKey: true },
  { key, code: `Key${key.toUpperCase()}`, time: time + 0.5, ctrlKey: true },
];
const at = (keys: KeyStroke[], gap: number) => (keys.at(-1) as KeyStroke).time + gap;

describe('a scan ends the way the scanner ends it', () => {
  it('a line feed (Ctrl+J, as Zebra and Datalogic send it) ends a scan, and nothing reaches the page', () => {
    const keys = keysFor('8991234567895', 1000, Array(12).fill(6));
    const { outcomes, decisions } = run([...keys, ...ctrl('j', at(keys, 6))]);
    expect(outcomes).toEqual([
      expect.objectContaining({ type: 'scan', code: '8991234567895', terminator: 'LF' }),
    ]);
    expect(decisions.slice(-2)).toEqual(['swallow', 'swallow']);
  });

  it('CR+LF: the line feed after the Enter is swallowed with it, and the next code in the shot is read', () => {
    const first = keysFor('8991234567895', 1000, Array(12).fill(4));
    const enter: KeyStroke = { key: 'Enter', code: 'Enter', time: at(first, 4) };
    const lf = ctrl('j', enter.time + 4);
    const second = keysFor('2DL-P1315L', at(lf, 4), Array(9).fill(4));
    const keys = [...first, enter, ...lf, ...second, { key: 'Enter', code: 'Enter', time: at(second, 4) }];
    const { outcomes, decisions } = run(keys);
    expect(outcomes.map((o) => (o.type === 'scan' ? o.code : o.type))).toEqual([
      '8991234567895',
      '2DL-P1315L',
    ]);
    expect(decisions.filter((d, i) => d === 'pass' && keys[i]?.key !== 'Shift')).toEqual([]);
  });

  it('a scanner that sends nothing after the code is read with the default settings', () => {
    const { outcomes } = run(keysFor('8991234567895', 1000, Array(12).fill(15)));
    expect(outcomes).toEqual([
      expect.objectContaining({ type: 'scan', code: '8991234567895', terminator: null }),
    ]);
  });
});

describe('garbage is refused before anything is typed', () => {
  it('Ctrl keys inside a burst are the scanner’s: swallowed, and the code with them refused', () => {
    const head = keysFor('8991234', 1000, Array(6).fill(5));
    const control = ctrl('b', at(head, 5)); // STX, as Ctrl+B
    const tail = keysFor('567895', at(control, 5), Array(5).fill(5));
    const keys = [...head, ...control, ...tail, { key: 'Enter', code: 'Enter', time: at(tail, 5) }];
    const { outcomes, decisions } = run(keys);
    expect(outcomes).toEqual([{ type: 'rejected', reason: 'invalid-characters', length: 14 }]);
    expect(decisions.filter((d) => d === 'pass')).toEqual([]);
  });

  it('a person’s Ctrl+C with nothing held is left alone', () => {
    expect(run(ctrl('c', 1000)).decisions).toEqual(['pass', 'pass']);
  });

  it('a 200-character burst with no terminator is refused, not typed into the field', () => {
    const { outcomes } = run(keysFor('7'.repeat(200), 1000, Array(199).fill(3)));
    expect(outcomes).toEqual([{ type: 'rejected', reason: 'too-long', length: 200 }]);
  });

  it('a key held down and repeating is a person, even at a scanner’s pace', () => {
    const keys = keysFor('aaaaaaaaaa', 1000, Array(9).fill(30)).map((k, i) => ({ ...k, repeat: i > 0 }));
    const { outcomes } = run(keys);
    expect(outcomes.some((o) => o.type !== 'typing')).toBe(false);
    expect(outcomes.map((o) => (o.type === 'typing' ? o.text : '')).join('')).toBe('a');
  });
});

describe('calibration learns the scanner from the shape of its scan', () => {
  /** One scan of the test barcode with these gaps (12 characters: 11 gaps, then Enter). */
  function learnFrom(gaps: number[]) {
    const keys = keysFor(calibrationCode, 1000, gaps);
    const all = [...keys, { key: 'Enter', code: 'Enter', time: at(keys, gaps.at(-1) ?? 5) }];
    const results: ReturnType<typeof calibrate>[] = [];
    const listener = listenForCalibration(defaultScannerSettings, (r) => results.push(r));
    for (const key of all) listener.key(key);
    listener.idle(at(all, 5000));
    return { results, keys: all };
  }

  it('listens through a wireless scanner’s 400 ms pause, and learns the pause', () => {
    const { results, keys } = learnFrom([2, 2, 2, 2, 400, 2, 2, 2, 2, 2, 2, 2]);
    expect(results).toEqual([expect.objectContaining({ ok: true, notes: ['pauses'] })]);
    const learned = results[0];
    if (!learned?.ok) throw new Error('not calibrated');
    expect(learned.settings.maxPauseMs).toBe(600);
    const outcomes: Outcome[] = [];
    const detector = new ScannerDetector(learned.settings, (o) => outcomes.push(o));
    for (const key of keys) detector.key(key);
    expect(outcomes).toEqual([expect.objectContaining({ type: 'scan', code: calibrationCode })]);
  });

  it('learns a jittery scanner from its slow keys, not its mean, and reads the scan it learned from', () => {
    // Mean 14 ms, one key at 58: twice the mean (28) would have split this very scan.
    const gaps = [5, 8, 6, 58, 7, 9, 6, 8, 12, 20, 9, 10];
    const { results, keys } = learnFrom(gaps);
    const learned = results[0];
    if (!learned?.ok) throw new Error('not calibrated');
    expect(learned.settings.maxInterKeyMs * 2).toBeGreaterThanOrEqual(58);
    expect(run(keys, learned.settings).outcomes).toEqual([
      expect.objectContaining({ type: 'scan', code: calibrationCode }),
    ]);
  });

  it('learns a scanner with no terminator without waiting for one', () => {
    const keys = keysFor(calibrationCode, 1000, Array(11).fill(9));
    const results: ReturnType<typeof calibrate>[] = [];
    const listener = listenForCalibration(defaultScannerSettings, (r) => results.push(r));
    for (const key of keys) listener.key(key);
    listener.idle(at(keys, listener.idleAfterMs));
    expect(results).toEqual([
      expect.objectContaining({
        ok: true,
        notes: ['no-terminator'],
        settings: expect.objectContaining({ terminators: [] }),
      }),
    ]);
  });
});
