/**
 * Tells a USB barcode scanner (a keyboard that types very fast and presses Enter) from a person
 * typing, from key timings alone. Pure logic: the DOM side (keyboard-wedge.ts) feeds it key
 * events, holds back keys while it decides, and replays them as typing when they were typing.
 */

export interface ScannerSettings {
  /** Keys closer together than this (ms) can be a scanner. Scanners send a key every 1-40 ms; people 80 ms and more. */
  maxInterKeyMs: number;
  /** Shorter bursts are typing (a fast typist's "ok" is not a barcode). */
  minLength: number;
  /** Longer bursts are refused as garbage rather than typed into a field. */
  maxLength: number;
  /** Keys that end a scan. An empty list means a scan ends when the burst stops. */
  terminators: string[];
  /** Characters the scanner is set to send before / after every code; stripped. */
  prefix: string;
  suffix: string;
  /**
   * Read characters from `event.code` (the physical key, as on a US keyboard) instead of
   * `event.key`: a scanner emulating a US keyboard on a PC set to another layout types wrong
   * characters, and calibration turns this on when it sees that.
   */
  usePhysicalKeys: boolean;
}

export const defaultScannerSettings: ScannerSettings = {
  maxInterKeyMs: 40,
  minLength: 4,
  maxLength: 64,
  terminators: ['Enter', 'Tab'],
  prefix: '',
  suffix: '',
  usePhysicalKeys: false,
};

/** The parts of a KeyboardEvent the detector reads. */
export interface KeyStroke {
  key: string;
  code: string;
  /** ms, from event.timeStamp. */
  time: number;
  shiftKey?: boolean;
}

export type Decision =
  /** Keep the key back for now: it may be part of a scan. */
  | { type: 'hold' }
  /** Not ours: let the key do what it normally does. */
  | { type: 'pass' }
  /** Swallow the key (a terminator or function key inside a scan burst). */
  | { type: 'swallow' };

export type Outcome =
  | {
      type: 'scan';
      code: string;
      meanIntervalMs: number;
      keyText: string;
      physicalText: string;
      terminator: string | null;
    }
  /** What was held back was a person typing: replay these characters into the focused field. */
  | { type: 'typing'; text: string }
  /** A burst that cannot be a code we can use (too long, control characters). Nothing is typed. */
  | { type: 'rejected'; reason: 'too-long' | 'invalid-characters'; length: number };

const modifierKeys = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock']);
const functionKey = /^F([1-9]|1[0-9]|2[0-4])$/;

/** The character a physical key makes on a US keyboard (what scanners emulate). */
export function physicalChar(code: string, shift: boolean): string | undefined {
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return shift ? letter[1] : letter[1]?.toLowerCase();
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(code);
  if (digit) return shift && code.startsWith('Digit') ? ')!@#$%^&*('[Number(digit[1])] : digit[1];
  const punctuation: Record<string, [string, string]> = {
    Minus: ['-', '_'],
    Equal: ['=', '+'],
    BracketLeft: ['[', '{'],
    BracketRight: [']', '}'],
    Backslash: ['\\', '|'],
    Semicolon: [';', ':'],
    Quote: ["'", '"'],
    Comma: [',', '<'],
    Period: ['.', '>'],
    Slash: ['/', '?'],
    Backquote: ['`', '~'],
    Space: [' ', ' '],
    NumpadSubtract: ['-', '-'],
    NumpadAdd: ['+', '+'],
    NumpadDecimal: ['.', '.'],
    NumpadDivide: ['/', '/'],
    NumpadMultiply: ['*', '*'],
  };
  const pair = punctuation[code];
  return pair ? pair[shift ? 1 : 0] : undefined;
}

/**
 * Feeds on key strokes one at a time. `key()` says what to do with each stroke now; outcomes
 * (a scan, typing to replay, a rejected burst) are handed to `onOutcome`. The owner must call
 * `idle(now)` once no key has come for `maxInterKeyMs`, to settle a burst without a terminator.
 */
export class ScannerDetector {
  #settings: ScannerSettings;
  readonly #onOutcome: (outcome: Outcome) => void;
  #held: KeyStroke[] = [];

  constructor(settings: ScannerSettings, onOutcome: (outcome: Outcome) => void) {
    this.#settings = settings;
    this.#onOutcome = onOutcome;
  }

  set settings(settings: ScannerSettings) {
    this.#settings = settings;
  }

  /** True while keys are held back waiting for the decision. */
  get holding(): boolean {
    return this.#held.length > 0;
  }

  key(stroke: KeyStroke): Decision {
    const s = this.#settings;
    if (modifierKeys.has(stroke.key)) return this.holding ? { type: 'swallow' } : { type: 'pass' };

    const last = this.#held.at(-1);
    const inBurst = last !== undefined && stroke.time - last.time <= s.maxInterKeyMs;
    if (last !== undefined && !inBurst) this.#settle(null);

    if (s.terminators.includes(stroke.key)) {
      if (!inBurst) return { type: 'pass' };
      return this.#settle(stroke.key) ? { type: 'swallow' } : { type: 'pass' };
    }
    if (functionKey.test(stroke.key)) return inBurst ? { type: 'swallow' } : { type: 'pass' };
    if (stroke.key.length !== 1) {
      // Arrows, Backspace, Escape...: a person at the keyboard. Whatever was held is typing.
      this.#settle(null);
      return { type: 'pass' };
    }
    this.#held.push(stroke);
    return { type: 'hold' };
  }

  /** No key for a while: a held burst ends here (a scan only if the scanner sends no terminator). */
  idle(now: number): void {
    const last = this.#held.at(-1);
    if (last !== undefined && now - last.time >= this.#settings.maxInterKeyMs) this.#settle(null);
  }

  /** Decides what the held burst was. Returns true when it was a scan. */
  #settle(terminator: string | null): boolean {
    const held = this.#held;
    this.#held = [];
    if (held.length === 0) return false;
    const s = this.#settings;
    const keyText = held.map((k) => k.key).join('');
    const endedLikeAScanner = terminator !== null || s.terminators.length === 0;
    const fast = held.every((k, i) => i === 0 || k.time - (held[i - 1] as KeyStroke).time <= s.maxInterKeyMs);

    if (!fast || !endedLikeAScanner || held.length < s.minLength + s.prefix.length + s.suffix.length) {
      this.#onOutcome({ type: 'typing', text: keyText });
      return false;
    }
    if (held.length > s.maxLength + s.prefix.length + s.suffix.length) {
      this.#onOutcome({ type: 'rejected', reason: 'too-long', length: held.length });
      return true;
    }
    const physicalText = held.map((k) => physicalChar(k.code, k.shiftKey ?? false) ?? k.key).join('');
    let text = s.usePhysicalKeys ? physicalText : keyText;
    if (s.prefix && text.startsWith(s.prefix)) text = text.slice(s.prefix.length);
    if (s.suffix && text.endsWith(s.suffix)) text = text.slice(0, -s.suffix.length);
    // Barcodes carry printable ASCII; anything else is line noise or a garbled layout.
    if (!/^[\x20-\x7e]+$/.test(text)) {
      this.#onOutcome({ type: 'rejected', reason: 'invalid-characters', length: held.length });
      return true;
    }
    const span = (held.at(-1) as KeyStroke).time - (held[0] as KeyStroke).time;
    this.#onOutcome({
      type: 'scan',
      code: text.trim(),
      meanIntervalMs: held.length > 1 ? span / (held.length - 1) : 0,
      keyText,
      physicalText,
      terminator,
    });
    return true;
  }
}
