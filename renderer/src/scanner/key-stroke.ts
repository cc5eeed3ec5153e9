/** The parts of a KeyboardEvent the detector reads. */
export interface KeyStroke {
  key: string;
  code: string;
  /** ms, from event.timeStamp: a busy page delays its handlers, never these. */
  time: number;
  shiftKey?: boolean;
  /** Ctrl held: a scanner sends control characters (LF too) as Ctrl+letter. */
  ctrlKey?: boolean;
  /** A key held down and repeating: always a person. */
  repeat?: boolean;
}

/** What one stroke means to the detector. */
export type KeyKind =
  | { kind: 'char'; char: string }
  /** 'Enter' (also Ctrl+M, CR), 'Tab' or 'LF' (Ctrl+J). */
  | { kind: 'terminator'; name: string }
  /** A control character typed as Ctrl+letter: only a scanner sends one inside a burst. */
  | { kind: 'control'; char: string }
  | { kind: 'modifier' }
  | { kind: 'function' }
  /** Arrows, Backspace, Escape, a repeating key...: a person at the keyboard. */
  | { kind: 'other' };

const modifierKeys = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock']);
const functionKey = /^F([1-9]|1[0-9]|2[0-4])$/;
// Ctrl with these makes the C0 controls 0x1b-0x1f and NUL (ASCII's "caret notation").
const ctrlPunctuation: Record<string, number> = { '[': 27, '\\': 28, ']': 29, '^': 30, _: 31, '@': 0 };

/** Reads a stroke: its character, or which kind of key it is. */
export function kindOf(stroke: KeyStroke): KeyKind {
  if (modifierKeys.has(stroke.key)) return { kind: 'modifier' };
  if (stroke.repeat) return { kind: 'other' };
  if (stroke.ctrlKey) {
    const letter = /^[a-z]$/i.test(stroke.key) ? stroke.key.toLowerCase() : undefined;
    if (letter === 'j') return { kind: 'terminator', name: 'LF' };
    if (letter === 'm') return { kind: 'terminator', name: 'Enter' };
    if (letter) return { kind: 'control', char: String.fromCharCode(letter.charCodeAt(0) - 96) };
    const punctuation = ctrlPunctuation[stroke.key];
    if (punctuation !== undefined) return { kind: 'control', char: String.fromCharCode(punctuation) };
    return { kind: 'other' };
  }
  if (stroke.key === 'Enter' || stroke.key === 'Tab') return { kind: 'terminator', name: stroke.key };
  if (functionKey.test(stroke.key)) return { kind: 'function' };
  if (stroke.key.length === 1) return { kind: 'char', char: stroke.key };
  return { kind: 'other' };
}

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

/** The character a physical key makes on a US keyboard (what scanners emulate). */
export function physicalChar(code: string, shift: boolean): string | undefined {
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return shift ? letter[1] : letter[1]?.toLowerCase();
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(code);
  if (digit) return shift && code.startsWith('Digit') ? ')!@#$%^&*('[Number(digit[1])] : digit[1];
  const pair = punctuation[code];
  return pair ? pair[shift ? 1 : 0] : undefined;
}
