import { attachKeyboardWedge } from '../scanner/keyboard-wedge.ts';
import type { ScannerSettings } from '../scanner/scanner-settings.ts';

export interface KeypadActions {
  digit(digit: string): void;
  backspace(): void;
  clear(): void;
  submit(): void;
  /** A member card scanned while the keypad listens: look that customer up instead. */
  scan(code: string): void;
}

/** The digit a key makes, by its place on the keyboard: the number row or the numpad, NumLock or not. */
function digitOf(event: KeyboardEvent): string | null {
  const physical = /^(?:Digit|Numpad)(\d)$/.exec(event.code);
  if (physical) return physical[1] ?? null;
  return /^\d$/.test(event.key) ? event.key : null;
}

const isEditable = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || target.closest('input, textarea, select, [contenteditable="true"]') !== null);

const isEnter = (event: KeyboardEvent) => event.key === 'Enter' || event.code === 'NumpadEnter';

/**
 * Lets the keyboard drive the PIN keypad: the number row and the numpad type digits, Backspace
 * deletes one, Escape or Delete clears, Enter checks. Keys in a text field are left alone, and
 * Enter on a button outside the keypad still presses that button. Keys meant for a dialog are
 * left alone too.
 *
 * A barcode scanner is a keyboard too: the keys go through the same keyboard wedge as the scan
 * screen, with the counter's saved scanner settings, so a member card scanned at the wrong
 * moment (any terminator, wireless pauses) is looked up, never typed as a PIN (it would cost a
 * try). Returns the function that stops listening.
 */
export function listenToKeypadKeys(
  win: Window,
  keypad: () => HTMLElement | null,
  actions: KeypadActions,
  settings: ScannerSettings,
): () => void {
  const wedge = attachKeyboardWedge(win, {
    settings,
    // After the page's own handlers: a key something else already took is not ours.
    capture: false,
    accepts: (event, holding) => {
      // Space presses whatever button has focus; no PIN or member code has one.
      if (event.defaultPrevented || event.key === ' ' || isEditable(event.target)) return false;
      const target = event.target;
      const inKeypad = target instanceof Node && (keypad()?.contains(target) ?? false);
      const onOtherControl =
        !inKeypad && target instanceof Element && target.closest('button, a, [role]') !== null;
      return !(isEnter(event) && onOtherControl && !holding);
    },
    keyOf: (event) => digitOf(event) ?? (isEnter(event) ? 'Enter' : event.key),
    onTyping: (text) => {
      for (const char of text) if (/^\d$/.test(char)) actions.digit(char);
    },
    onScan: (code) => actions.scan(code),
    onPassed: (event) => {
      if (event.ctrlKey) return;
      if (isEnter(event)) actions.submit();
      else if (event.key === 'Backspace') actions.backspace();
      else if (event.key === 'Escape' || event.key === 'Delete') actions.clear();
      else return;
      event.preventDefault();
    },
  });
  return wedge.detach;
}
