/**
 * Tells a barcode scanner (a keyboard that types very fast) from a person typing, from key
 * timings alone. Pure logic: the DOM side (keyboard-wedge.ts) feeds it key events, holds back
 * keys while it decides, and replays them as typing when they were typing.
 *
 * A burst is the keys that follow one another closely enough: within 2 × `maxInterKeyMs`,
 * or within `maxPauseMs` after two keys at scanner pace (a wireless scanner's pause between its
 * runs). Only when the burst ends (a terminator, another key, or silence) is it judged, whole,
 * by its shape (burst-shape.ts).
 */
import { looksScanned, shapeOf, slowestKey } from './burst-shape.ts';
import { type KeyStroke, kindOf, physicalChar } from './key-stroke.ts';
import { defaultScannerSettings, type ScannerSettings } from './scanner-settings.ts';

export type { KeyStroke } from './key-stroke.ts';
export { physicalChar } from './key-stroke.ts';
export { defaultScannerSettings, type ScannerSettings };

export type Decision =
  /** Keep the key back for now: it may be part of a scan. */
  | { type: 'hold' }
  /** Not ours: let the key do what it normally does. */
  | { type: 'pass' }
  /** Swallow the key (a terminator, control or function key inside a scan burst). */
  | { type: 'swallow' };

export type Outcome =
  | {
      type: 'scan';
      code: string;
      meanIntervalMs: number;
      /** ms between the burst's keys, the terminator's gap included: what calibration learns from. */
      gaps: number[];
      /** The burst's strokes, the terminator last if there was one: calibration replays them. */
      keys: KeyStroke[];
      keyText: string;
      physicalText: string;
      terminator: string | null;
    }
  /** What was held back was a person typing: replay these characters into the focused field. */
  | { type: 'typing'; text: string }
  /** A burst that cannot be a code we can use (too long, control characters). Nothing is typed. */
  | { type: 'rejected'; reason: 'too-long' | 'invalid-characters'; length: number };

interface Held {
  stroke: KeyStroke;
  char: string;
  control: boolean;
}

/**
 * Feeds on key strokes one at a time. `key()` says what to do with each stroke now; outcomes
 * (a scan, typing to replay, a rejected burst) are handed to `onOutcome`. The owner must call
 * `idle(now)` once no key has come for `idleAfterMs`, to settle a burst without a terminator.
 */
export class ScannerDetector {
  #settings: ScannerSettings;
  readonly #onOutcome: (outcome: Outcome) => void;
  #held: Held[] = [];
  /** Until when keys that follow a terminated scan (CR+LF's LF, a trailing control) are the scanner's. */
  #trailerUntil = Number.NEGATIVE_INFINITY;

  constructor(settings: ScannerSettings, onOutcome: (outcome: Outcome) => void) {
    this.#settings = { ...defaultScannerSettings, ...settings };
    this.#onOutcome = onOutcome;
  }

  set settings(settings: ScannerSettings) {
    this.#settings = { ...defaultScannerSettings, ...settings };
  }

  /** True while keys are held back waiting for the decision. */
  get holding(): boolean {
    return this.#held.length > 0;
  }

  /** How many keys of the current burst are held back (1: the key just held began one). */
  get heldKeys(): number {
    return this.#held.length;
  }

  /** How long after the last held key the burst is over (ms). */
  get idleAfterMs(): number {
    const s = this.#settings;
    const [before, last] = this.#held.slice(-2);
    const afterARun = before && last && last.stroke.time - before.stroke.time <= s.maxInterKeyMs;
    return afterARun ? Math.max(s.maxPauseMs, slowestKey(s)) : slowestKey(s);
  }

  /** When (ms, on the keys' clock) the held burst is over if no key comes; null when nothing is held. */
  get settlesAt(): number | null {
    const last = this.#held.at(-1);
    return last ? last.stroke.time + this.idleAfterMs : null;
  }

  key(stroke: KeyStroke): Decision {
    const s = this.#settings;
    const kind = kindOf(stroke);
    const inTrailer = stroke.time <= this.#trailerUntil;
    if (kind.kind === 'modifier') return this.holding || inTrailer ? { type: 'swallow' } : { type: 'pass' };

    const last = this.#held.at(-1);
    const settlesAt = this.settlesAt;
    if (settlesAt !== null && stroke.time > settlesAt) this.#settle(null);
    const atPace = last !== undefined && this.holding && stroke.time - last.stroke.time <= slowestKey(s);

    switch (kind.kind) {
      case 'char':
        this.#held.push({ stroke, char: kind.char, control: false });
        return { type: 'hold' };
      case 'control':
        if (atPace) {
          this.#held.push({ stroke, char: kind.char, control: true });
          return { type: 'swallow' };
        }
        if (this.holding) this.#settle(null);
        return inTrailer ? { type: 'swallow' } : { type: 'pass' };
      case 'terminator': {
        if (!this.holding) return inTrailer ? { type: 'swallow' } : { type: 'pass' };
        const configured = s.terminators.includes(kind.name);
        if (!this.#settle(configured ? kind.name : null, configured ? stroke : undefined))
          return { type: 'pass' };
        this.#trailerUntil = stroke.time + slowestKey(s);
        return { type: 'swallow' };
      }
      case 'function':
        return atPace || inTrailer ? { type: 'swallow' } : { type: 'pass' };
      default:
        // Arrows, Backspace, Escape, a repeating key...: a person. Whatever was held is typing.
        this.#settle(null, undefined, true);
        return { type: 'pass' };
    }
  }

  /** No key since the last held one: at `idleAfterMs` after it, the burst ends here. */
  idle(now: number): void {
    const settlesAt = this.settlesAt;
    if (settlesAt !== null && now >= settlesAt) this.#settle(null);
  }

  /** Decides what the held burst was. Returns true when it was the scanner's (a scan or rejected). */
  #settle(terminator: string | null, terminatorStroke?: KeyStroke, person = false): boolean {
    const held = this.#held;
    this.#held = [];
    if (held.length === 0) return false;
    const s = this.#settings;
    const strokes = held.map((h) => h.stroke);
    const keys = terminatorStroke ? [...strokes, terminatorStroke] : strokes;
    const shape = shapeOf(
      keys.map((k) => k.time),
      held.length,
      s.maxInterKeyMs,
    );
    // Control characters only come from a scanner (they are Ctrl keys inside its burst): never typed.
    if (held.some((h) => h.control)) return this.#reject('invalid-characters', held.length);
    // Too long is decided before typing: no person keeps a scanner's pace for that many keys.
    if (shape.medianGapMs <= s.maxInterKeyMs && held.length > s.maxLength + s.prefix.length + s.suffix.length)
      return this.#reject('too-long', held.length);
    if (person || !looksScanned(shape, s, terminator !== null)) {
      this.#typeBack(held);
      return false;
    }
    const keyText = held.map((h) => h.char).join('');
    const physicalText = held
      .map((h) => physicalChar(h.stroke.code, h.stroke.shiftKey ?? false) ?? h.char)
      .join('');
    let text = s.usePhysicalKeys ? physicalText : keyText;
    if (s.prefix && text.startsWith(s.prefix)) text = text.slice(s.prefix.length);
    if (s.suffix && text.endsWith(s.suffix)) text = text.slice(0, -s.suffix.length);
    // Barcodes carry printable ASCII; anything else is line noise or a garbled layout.
    if (!/^[\x20-\x7e]+$/.test(text)) return this.#reject('invalid-characters', held.length);
    const span = (strokes.at(-1) as KeyStroke).time - (strokes[0] as KeyStroke).time;
    this.#onOutcome({
      type: 'scan',
      code: text.trim(),
      meanIntervalMs: held.length > 1 ? span / (held.length - 1) : 0,
      gaps: shape.gaps,
      keys,
      keyText,
      physicalText,
      terminator,
    });
    return true;
  }

  #reject(reason: 'too-long' | 'invalid-characters', length: number): true {
    this.#onOutcome({ type: 'rejected', reason, length });
    return true;
  }

  /** Hands a person's keys back, one outcome per run of keys typed together. */
  #typeBack(held: Held[]): void {
    let run = '';
    held.forEach((h, i) => {
      const before = held[i - 1];
      if (before && h.stroke.time - before.stroke.time > this.#settings.maxInterKeyMs && run) {
        this.#onOutcome({ type: 'typing', text: run });
        run = '';
      }
      run += h.char;
    });
    if (run) this.#onOutcome({ type: 'typing', text: run });
  }
}
