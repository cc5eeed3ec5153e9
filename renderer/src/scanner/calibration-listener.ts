import { type CalibrationResult, calibrate } from './calibration.ts';
import { type KeyStroke, type Outcome, ScannerDetector, type ScannerSettings } from './scanner-detector.ts';

/**
 * How the calibration screen listens: any terminator or none, pauses up to a second (a
 * wireless scanner's test scan is not cut at its first pause), the slowest pace a scanner
 * has, and the physical keys read beside the characters (to see a garbling layout).
 */
export function listeningSettings(current: ScannerSettings): ScannerSettings {
  return {
    ...current,
    maxInterKeyMs: 60,
    maxPauseMs: 1000,
    terminators: ['Enter', 'Tab', 'LF'],
    prefix: '',
    suffix: '',
    usePhysicalKeys: true,
  };
}

export interface CalibrationListener {
  /** Feed every key stroke while the calibration screen is open. */
  key(stroke: KeyStroke): void;
  /** Call at `idleAfterMs` after the last key, to end a scan without a terminator. */
  idle(now: number): void;
  readonly idleAfterMs: number;
}

/**
 * Listens for one scan of the test barcode and hands what was learned to `onResult` (once per
 * scan; typing is ignored). Pure: the calibration dialog feeds it the window's keys.
 */
export function listenForCalibration(
  current: ScannerSettings,
  onResult: (result: CalibrationResult) => void,
): CalibrationListener {
  const detector = new ScannerDetector(listeningSettings(current), (outcome: Outcome) => {
    if (outcome.type === 'scan') onResult(calibrate(current, outcome));
  });
  return {
    key: (stroke) => void detector.key(stroke),
    idle: (now) => detector.idle(now),
    get idleAfterMs() {
      return detector.idleAfterMs;
    },
  };
}
