import type { Outcome, ScannerSettings } from './scanner-detector.ts';

/** The code shown on the calibration screen: letters, digits and a dash show a garbling layout. */
export const calibrationCode = 'DPC-2468-QAZ';

export type CalibrationResult =
  | { ok: true; settings: ScannerSettings; notes: ('layout-fixed' | 'no-terminator' | 'slow-scanner')[] }
  | { ok: false; reason: 'not-a-scan' | 'wrong-code' };

/**
 * Learns the scanner from one scan of `calibrationCode`: its speed (the key gap threshold is set
 * to twice its mean gap, kept between 20 and 60 ms), its terminator, and whether the PC's
 * keyboard layout garbles what it types (then the physical keys are read instead).
 */
export function calibrate(current: ScannerSettings, outcome: Outcome): CalibrationResult {
  if (outcome.type !== 'scan') return { ok: false, reason: 'not-a-scan' };
  const notes: ('layout-fixed' | 'no-terminator' | 'slow-scanner')[] = [];
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
  const prefix = text.slice(0, at);
  const suffix = text.slice(at + calibrationCode.length);
  if (outcome.terminator === null) notes.push('no-terminator');
  const maxInterKeyMs = Math.min(60, Math.max(20, Math.ceil(outcome.meanIntervalMs * 2)));
  if (outcome.meanIntervalMs > 25) notes.push('slow-scanner');
  return {
    ok: true,
    notes,
    settings: {
      ...current,
      maxInterKeyMs,
      usePhysicalKeys,
      prefix,
      suffix,
      terminators: outcome.terminator === null ? [] : [outcome.terminator],
    },
  };
}
