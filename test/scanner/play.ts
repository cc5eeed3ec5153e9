import {
  type Decision,
  type KeyStroke,
  type Outcome,
  ScannerDetector,
  type ScannerSettings,
} from '../../renderer/src/scanner/scanner-detector.ts';

export interface Played {
  outcomes: Outcome[];
  decisions: Decision['type'][];
}

/**
 * Plays timelines one after another through one detector, as the keyboard wedge drives it: a
 * burst still held `idleAfterMs` after its last key is settled then. Each timeline's outcomes
 * and decisions are kept apart (they start at least a second after the previous one ends).
 */
export function playTimelines(settings: ScannerSettings, timelines: KeyStroke[][]): Played[] {
  let sink: Outcome[] = [];
  const detector = new ScannerDetector(settings, (outcome) => sink.push(outcome));
  return timelines.map((keys) => {
    sink = [];
    const decisions = keys.map((key) => {
      const settlesAt = detector.settlesAt;
      if (settlesAt !== null && key.time >= settlesAt) detector.idle(settlesAt);
      return detector.key(key).type;
    });
    const settlesAt = detector.settlesAt;
    if (settlesAt !== null) detector.idle(settlesAt);
    return { outcomes: sink, decisions };
  });
}

/** Timelines laid end to end, `pauseMs` apart, from builders taking their start time. */
export function inSequence<T extends { keys: KeyStroke[] }>(
  builders: ((start: number) => T)[],
  pauseMs = 1500,
): T[] {
  let start = 1000;
  return builders.map((build) => {
    const built = build(start);
    start = (built.keys.at(-1)?.time ?? start) + pauseMs;
    return built;
  });
}
