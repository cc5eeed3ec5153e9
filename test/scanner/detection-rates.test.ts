import { describe, expect, it } from 'vitest';
import { type CalibrationResult, calibrationCode } from '../../renderer/src/scanner/calibration.ts';
import { listenForCalibration } from '../../renderer/src/scanner/calibration-listener.ts';
import type { KeyStroke } from '../../renderer/src/scanner/key-stroke.ts';
import { defaultScannerSettings, type ScannerSettings } from '../../renderer/src/scanner/scanner-detector.ts';
import { fastTypist, huntAndPeck, numpadEntry, quantityAndEnter, type Typed } from './people.ts';
import { inSequence, type Played, playTimelines } from './play.ts';
import {
  bluetoothPace,
  codes,
  jitteryPace,
  type Pace,
  type Random,
  scanKeys,
  seededRandom,
  type Terminator,
  wiredPace,
  wirelessPace,
} from './timelines.ts';

// Hundreds of seeded scans per scanner class, and hundreds of people typing, through the
// detector as the keyboard wedge drives it: with the default settings and after one
// calibration scan. A scan counts only when it is read exactly (the whole code, once, nothing
// let through to the page); a person counts only when every key comes back as typing.

const perClass = 300;

interface ScannerClass {
  name: string;
  pace: Pace;
  terminator: Terminator;
  /** Codes read in one shot (a scanner reading two barcodes at once). */
  shot?: number;
  /** The exact-detection rate the defaults must reach, when under 100% (said why below). */
  defaultsAtLeast?: number;
}

const scannerClasses: ScannerClass[] = [
  { name: 'wired USB, Enter', pace: wiredPace, terminator: 'Enter' },
  { name: 'jittery 5-60 ms, Enter', pace: jitteryPace, terminator: 'Enter' },
  { name: '2.4 GHz wireless, Enter', pace: wirelessPace, terminator: 'Enter' },
  { name: 'Bluetooth HID, Enter', pace: bluetoothPace, terminator: 'Enter' },
  { name: 'jittery, Tab', pace: jitteryPace, terminator: 'Tab' },
  { name: 'jittery, CR+LF', pace: jitteryPace, terminator: 'CR+LF' },
  { name: 'jittery, LF (Ctrl+J)', pace: jitteryPace, terminator: 'LF' },
  // With no terminator to confirm the end, the defaults ask for a pace a fifth under the usual
  // one (a person's fast word stops the same way): about 1 jittery scan in 500 (the slowest)
  // needs the calibration, which learns "no terminator" and then reads them all.
  { name: 'jittery, no terminator', pace: jitteryPace, terminator: 'none', defaultsAtLeast: 0.99 },
  { name: 'wireless, no terminator', pace: wirelessPace, terminator: 'none' },
  { name: 'two codes in one shot, wireless, CR+LF', pace: wirelessPace, terminator: 'CR+LF', shot: 2 },
];

interface Scan {
  keys: KeyStroke[];
  codes: string[];
}

function shot(rand: Random, start: number, shotCodes: string[], kind: ScannerClass): Scan {
  const keys: KeyStroke[] = [];
  for (const code of shotCodes) {
    const at = keys.length ? (keys.at(-1) as KeyStroke).time + (kind.pace(rand, 1)[0] ?? 5) : start;
    keys.push(...scanKeys(code, at, kind.pace, kind.terminator, rand));
  }
  return { keys, codes: shotCodes };
}

function scansOf(kind: ScannerClass, seed: number): Scan[] {
  const rand = seededRandom(seed);
  const all = codes(rand, perClass * (kind.shot ?? 1));
  return inSequence(
    Array.from({ length: perClass }, (_, i) => (start: number) => {
      const size = kind.shot ?? 1;
      return shot(rand, start, all.slice(i * size, (i + 1) * size), kind);
    }),
  );
}

const modifiers = new Set(['Shift', 'Control']);

/** The whole code, once per code, and no key of it let through to the page (a bare Shift types nothing). */
const readExactly = (scan: Scan, played: Played) =>
  played.decisions.every((d, i) => d !== 'pass' || modifiers.has(scan.keys[i]?.key ?? '')) &&
  played.outcomes.length === scan.codes.length &&
  played.outcomes.every((o, i) => o.type === 'scan' && o.code === scan.codes[i]);

function detectionRate(settings: ScannerSettings, scans: Scan[]): number {
  const played = playTimelines(
    settings,
    scans.map((s) => s.keys),
  );
  return played.filter((p, i) => readExactly(scans[i] as Scan, p)).length / scans.length;
}

/** One scan of the test barcode, by this scanner, through the calibration screen's listener. */
function calibrateWith(kind: ScannerClass, seed: number): CalibrationResult {
  const rand = seededRandom(seed);
  const keys = scanKeys(calibrationCode, 1000, kind.pace, kind.terminator, rand);
  let result: CalibrationResult | null = null;
  const listener = listenForCalibration(defaultScannerSettings, (r) => {
    result = r;
  });
  let lastAt = 0;
  for (const key of keys) {
    listener.key(key);
    lastAt = key.time;
  }
  listener.idle(lastAt + listener.idleAfterMs);
  if (!result) throw new Error(`calibration heard no scan from ${kind.name}`);
  return result;
}

const people: { name: string; make(rand: Random, start: number, code: string): Typed }[] = [
  { name: 'hunt-and-peck, a code and Enter', make: (rand, start, code) => huntAndPeck(rand, start, code) },
  { name: 'fast typist, words', make: (rand, start) => fastTypist(rand, start) },
  { name: 'quantity and Enter', make: (rand, start) => quantityAndEnter(rand, start) },
  { name: 'PIN or quantity on the numpad', make: (rand, start) => numpadEntry(rand, start) },
];

/** How many people's entries were not handed back exactly as typing (with Enter let through). */
function misreads(settings: ScannerSettings, seed: number): Record<string, number> {
  const counts: Record<string, number> = {};
  people.forEach((person, p) => {
    const rand = seededRandom(seed + p);
    const all = codes(rand, perClass);
    const typed = inSequence(all.map((code) => (start: number) => person.make(rand, start, code)));
    const played = playTimelines(
      settings,
      typed.map((t) => t.keys),
    );
    counts[person.name] = played.filter((run, i) => {
      const entry = typed[i] as Typed;
      const asTyping = run.outcomes.every((o) => o.type === 'typing');
      const text = run.outcomes.map((o) => (o.type === 'typing' ? o.text : '')).join('');
      const enterPassed = entry.keys.at(-1)?.key !== 'Enter' || run.decisions.at(-1) === 'pass';
      return !(asTyping && text === entry.text && enterPassed);
    }).length;
  });
  return counts;
}

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;

describe('scanners as shops really have them, and people typing', () => {
  const calibrated = scannerClasses.map((kind, i) => calibrateWith(kind, 900 + i));
  const rows = scannerClasses.map((kind, i) => {
    const scans = scansOf(kind, 100 + i);
    const learned = calibrated[i] as CalibrationResult;
    return {
      class: kind.name,
      defaultsAtLeast: kind.defaultsAtLeast ?? 1,
      defaults: detectionRate(defaultScannerSettings, scans),
      calibrated: learned.ok ? detectionRate(learned.settings, scans) : 0,
      learned: learned.ok ? `${learned.settings.maxInterKeyMs}/${learned.settings.maxPauseMs} ms` : 'refused',
    };
  });

  it('calibrates from one scan of the test barcode by every kind of scanner', () => {
    for (const [i, result] of calibrated.entries())
      expect(result, scannerClasses[i]?.name).toMatchObject({ ok: true });
  });

  it('reads every code of every scanner class exactly, with the defaults and after calibrating', () => {
    console.log(
      `exact detection, ${perClass} scans a class (EAN-13, UPC-A, mixed-case SKUs):\n${rows
        .map(
          (r) =>
            `  ${r.class.padEnd(42)} defaults ${percent(r.defaults).padStart(6)}   calibrated ${percent(r.calibrated).padStart(6)} (pace/pause ${r.learned})`,
        )
        .join('\n')}`,
    );
    for (const row of rows) {
      expect(row.defaults, `${row.class}, defaults`).toBeGreaterThanOrEqual(row.defaultsAtLeast);
      expect(row.calibrated, `${row.class}, calibrated`).toBe(1);
    }
  });

  it('never takes a person for a scanner, with the defaults or any calibration', () => {
    const settings = [defaultScannerSettings, ...calibrated.flatMap((r) => (r.ok ? [r.settings] : []))];
    const results = settings.map((s, i) => misreads(s, 5000 + i));
    console.log(
      `people misread as scans (of ${perClass} each), defaults then each calibration:\n${people
        .map((p) => `  ${p.name.padEnd(34)} ${results.map((r) => r[p.name]).join(' ')}`)
        .join('\n')}`,
    );
    for (const result of results)
      expect(
        Object.values(result).every((n) => n === 0),
        JSON.stringify(result),
      ).toBe(true);
  });
});
