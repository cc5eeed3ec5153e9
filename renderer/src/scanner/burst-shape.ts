import type { ScannerSettings } from './scanner-settings.ts';

/**
 * What a burst of keys looks like as a whole, and whether a person could have typed it. The
 * detector decides on the whole burst, never gap by gap: real scanners are less regular than a
 * single threshold assumes (public reports from POS projects: 5 to 60 ms between a scanner's
 * characters, about 20 on average; 2.4 GHz dongles and Bluetooth HID scanners deliver a code in
 * runs of fast keys with pauses between them).
 */
export interface BurstShape {
  /** Characters in the burst (the terminator is not one). */
  length: number;
  /** ms between consecutive keys, the terminator's own gap included. */
  gaps: number[];
  medianGapMs: number;
  /** The 90th-percentile gap: the burst's slow keys, without letting one hiccup decide. */
  highGapMs: number;
  /** The median of the gaps at scanner pace (≤ maxInterKeyMs): how fast its runs of keys are. */
  runGapMs: number;
  durationMs: number;
}

/**
 * The slowest key a scanner sends (ms): twice its pace. The jittery scanner measured at 5 to 60
 * ms has a median near 20; at the default pace of 40 this leaves it 20 ms of room.
 */
export const slowestKey = (s: Pick<ScannerSettings, 'maxInterKeyMs'>): number => s.maxInterKeyMs * 2;

/**
 * The highest median gap (ms) ever taken for a scanner, whatever calibration learned: the
 * fastest people keep a median of 60 ms and more over four keys (a 200 wpm burst).
 */
export const fastestPersonMedianMs = 45;

/** A burst that just stops, with no terminator, must be at least this long (EAN-8, the shortest retail code). */
export const unterminatedMinLength = 8;

/** Nearest-rank percentile (p in 0..1) of `values`; 0 for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
}

/**
 * The shape of keys pressed at `times` (ms, ascending); `length` counts the characters among
 * them, `maxInterKeyMs` is the pace that counts as a scanner's.
 */
export function shapeOf(times: readonly number[], length: number, maxInterKeyMs: number): BurstShape {
  const gaps = times.slice(1).map((time, i) => time - (times[i] as number));
  // The median of an even count is the mean of the middle two.
  const sorted = [...gaps].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median =
    sorted.length === 0
      ? 0
      : sorted.length % 2
        ? (sorted[Math.floor(mid)] as number)
        : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return {
    length,
    gaps,
    medianGapMs: median,
    highGapMs: percentile(gaps, 0.9),
    runGapMs: runGap(gaps, maxInterKeyMs),
    durationMs: times.length > 1 ? (times.at(-1) as number) - (times[0] as number) : 0,
  };
}

function runGap(gaps: readonly number[], maxInterKeyMs: number): number {
  const fast = gaps.filter((gap) => gap <= maxInterKeyMs);
  return fast.length ? percentile(fast, 0.5) : Number.POSITIVE_INFINITY;
}

/**
 * Whether a burst ending this way is a scan rather than a person:
 * - long enough: `minLength` characters (plus the prefix and suffix); with no terminator while
 *   the scanner is set to send one, `unterminatedMinLength`, since a fast typist's short word
 *   stops the same way;
 * - its median gap at scanner pace (`maxInterKeyMs`, never over `fastestPersonMedianMs`), and
 *   a fifth under that when no terminator confirms it: scanners keep 1 to 25 ms;
 * - and either every gap within `slowestKey` (a wired or jittery scanner), or runs of keys
 *   between its pauses at half its pace or 20 ms, whichever is slower (wireless: a person's
 *   rolled-over keys are 25 ms and up, a radio's runs a few ms, Bluetooth's 7.5 or 15).
 */
export function looksScanned(shape: BurstShape, s: ScannerSettings, terminated: boolean): boolean {
  const framing = s.prefix.length + s.suffix.length;
  const unterminated = !terminated && s.terminators.length > 0;
  const minLength = Math.max(s.minLength, unterminated ? unterminatedMinLength : 0) + framing;
  if (shape.length < minLength || shape.gaps.length === 0) return false;
  const medianLimit = Math.min(s.maxInterKeyMs, fastestPersonMedianMs) * (terminated ? 1 : 0.8);
  if (shape.medianGapMs > medianLimit) return false;
  const steady = shape.gaps.every((gap) => gap <= slowestKey(s));
  return steady || shape.runGapMs <= Math.max(s.maxInterKeyMs / 2, 20);
}
