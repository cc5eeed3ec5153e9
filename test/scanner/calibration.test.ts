import { describe, expect, it } from 'vitest';
import { calibrate, calibrationCode } from '../../renderer/src/scanner/calibration.ts';
import {
  defaultScannerSettings,
  type KeyStroke,
  type Outcome,
} from '../../renderer/src/scanner/scanner-detector.ts';

const usCode = (ch: string): string => {
  if (/[a-z]/i.test(ch)) return `Key${ch.toUpperCase()}`;
  if (/\d/.test(ch)) return `Digit${ch}`;
  return { '-': 'Minus', ']': 'BracketRight', '#': 'Digit3' }[ch] ?? 'Unidentified';
};

/** A scan outcome as the listening detector reports it, its keys `meanIntervalMs` apart. */
const scan = (overrides: Partial<Extract<Outcome, { type: 'scan' }>> = {}): Outcome => {
  const { keyText = calibrationCode, physicalText = calibrationCode, meanIntervalMs = 6 } = overrides;
  const terminator = overrides.terminator === undefined ? 'Enter' : overrides.terminator;
  const sameKeys = keyText.length === physicalText.length;
  const keys: KeyStroke[] = [...keyText].map((key, i) => ({
    key,
    code: usCode(sameKeys ? (physicalText[i] as string) : key),
    time: 1000 + i * meanIntervalMs,
  }));
  if (terminator)
    keys.push({ key: terminator, code: terminator, time: 1000 + keyText.length * meanIntervalMs });
  return {
    type: 'scan',
    code: calibrationCode,
    keyText,
    physicalText,
    meanIntervalMs,
    gaps: keys.slice(1).map(() => meanIntervalMs),
    keys,
    terminator,
    ...overrides,
  };
};

describe('calibrating the scanner from one scan of the test barcode', () => {
  it('learns a fast scanner with Enter: a tight threshold, Enter as the terminator', () => {
    const result = calibrate(defaultScannerSettings, scan());
    expect(result).toEqual({
      ok: true,
      notes: [],
      settings: {
        ...defaultScannerSettings,
        maxInterKeyMs: 20,
        terminators: ['Enter'],
        prefix: '',
        suffix: '',
      },
    });
  });

  it('learns a slow scanner, a Tab terminator, and a prefix and suffix it adds', () => {
    const result = calibrate(
      defaultScannerSettings,
      scan({ keyText: `]C1${calibrationCode}#`, meanIntervalMs: 28, terminator: 'Tab' }),
    );
    expect(result).toMatchObject({
      ok: true,
      notes: ['slow-scanner'],
      settings: { maxInterKeyMs: 56, terminators: ['Tab'], prefix: ']C1', suffix: '#' },
    });
  });

  it('notices a scanner that sends no terminator', () => {
    const result = calibrate(defaultScannerSettings, scan({ terminator: null }));
    expect(result).toMatchObject({ ok: true, notes: ['no-terminator'], settings: { terminators: [] } });
  });

  it('switches to physical keys when the keyboard layout garbles the characters', () => {
    const garbled = 'DPC)é"(_)QAZ'.replace('Q', 'A').replace('A', 'Q');
    const result = calibrate(defaultScannerSettings, scan({ keyText: garbled }));
    expect(result).toMatchObject({ ok: true, notes: ['layout-fixed'], settings: { usePhysicalKeys: true } });
  });

  it('refuses a scan of some other barcode, and typing', () => {
    expect(
      calibrate(defaultScannerSettings, scan({ keyText: '8991234567895', physicalText: '8991234567895' })),
    ).toEqual({
      ok: false,
      reason: 'wrong-code',
    });
    expect(calibrate(defaultScannerSettings, { type: 'typing', text: calibrationCode })).toEqual({
      ok: false,
      reason: 'not-a-scan',
    });
  });
});
