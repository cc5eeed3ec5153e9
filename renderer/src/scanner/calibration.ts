import { percentile } from './burst-shape.ts';
import { type Outcome, ScannerDetector, type ScannerSettings } from './scanner-detector.ts';
import { defaultScannerSettings } from './scanner-settings.ts';

/** The code shown on the calibration screen: letters, digits and a dash show a garbling layout. */
export const calibrationCode = 'DPC-2468-QAZ';

export type CalibrationNote = 'layout-fixed' | 'no-terminator' | 'slow-scanner' | 'pauses';

export type CalibrationResult =
  | { ok: true; settings: ScannerSettings; notes: CalibrationNote[] }
  | { ok: false; reason: 'not-a-scan' | 'wrong-code' };

type Scan = Extract<Outcome, { type: 'scan' }>;

/** Longest pause calibration will learn (ms): anything slower is a scanner with a fault. */
const longestPauseMs = 1000;

/**
 * Learns the scanner from one scan of `calibrationCode`, from the distribution of its gaps:
 * - pauses are the gaps far above its pace (over 60 ms and 4 × its median): a wireless
 *   scanner's; the longest, with half again for room, becomes `maxPauseMs` (never below the default);
 * - its pace is twice the 90th percentile of the other gaps, kept between 20 and 60 ms, so its
 *   slow keys are inside it and a person stays out;
 * - its terminator (or none), and any prefix and suffix it adds;
 * - whether the PC's keyboard layout garbles what it types (then the physical keys are read).
 * The learned settings are replayed on the very scan they came from; if they would not read it
 * exactly, the pace is widened back, so calibration never leaves the detector worse than before.
 */
export function calibrate(current: ScannerSettings, outcome: Outcome): CalibrationResult {
  if (outcome.type !== 'scan') return { ok: false, reason: 'not-a-scan' };
  const notes: CalibrationNote[] = [];
  let usePhysicalKeys = current.usePhysicalKeys;
  const byKey = outcome.keyText.toUpperCase();
  const byCode = outcome.physicalText.toUpperCase();
  if (!byKey.includes(calibrationCode) && byCode.includes(calibrationCode)) {
    usePhysicalKeys = true;
    notes.push('layout-fixed');
  } else if (byKey.includes(calibrationCode)) {
    usePhysicalKeys = false;
  } else {
    return { ok: false, reason: 'wrong-code' };
  }
  const text = usePhysicalKeys ? outcome.physicalText : outcome.keyText;
  const at = text.toUpperCase().indexOf(calibrationCode);
  if (outcome.terminator === null) notes.push('no-terminator');

  const median = percentile(outcome.gaps, 0.5);
  const isPause = (gap: number) => gap > Math.max(60, median * 4);
  const pauses = outcome.gaps.filter(isPause);
  const paced = outcome.gaps.filter((gap) => !isPause(gap));
  if (median > 25) notes.push('slow-scanner');
  if (pauses.length) notes.push('pauses');
  const learned: ScannerSettings = {
    ...current,
    maxInterKeyMs: Math.min(60, Math.max(20, Math.ceil(percentile(paced, 0.9) * 2))),
    maxPauseMs: Math.min(
      longestPauseMs,
      Math.max(defaultScannerSettings.maxPauseMs, Math.ceil(Math.max(0, ...pauses) * 1.5)),
    ),
    usePhysicalKeys,
    prefix: text.slice(0, at),
    suffix: text.slice(at + calibrationCode.length),
    terminators: outcome.terminator === null ? [] : [outcome.terminator],
  };
  const candidates: ScannerSettings[] = [
    learned,
    { ...learned, maxInterKeyMs: Math.max(learned.maxInterKeyMs, defaultScannerSettings.maxInterKeyMs) },
    { ...learned, maxInterKeyMs: 60, maxPauseMs: longestPauseMs },
  ];
  const settings = candidates.find((candidate) => readsExactly(candidate, outcome));
  // The scan was read with the listening settings, which the last candidate's timings cover.
  return settings ? { ok: true, notes, settings } : { ok: false, reason: 'not-a-scan' };
}

/** Whether `settings` read the scan's own keys as exactly one scan of the test code. */
function readsExactly(settings: ScannerSettings, scan: Scan): boolean {
  const outcomes: Outcome[] = [];
  const detector = new ScannerDetector(settings, (o) => outcomes.push(o));
  for (const key of scan.keys) detector.key(key);
  detector.idle(Number.POSITIVE_INFINITY);
  const [only] = outcomes;
  return outcomes.length === 1 && only?.type === 'scan' && only.code.toUpperCase() === calibrationCode;
}
