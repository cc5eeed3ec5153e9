import { defaultScannerSettings, ScannerDetector } from '../scanner/scanner-detector.ts';

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

/**
 * Lets the keyboard drive the PIN keypad: the number row and the numpad type digits, Backspace
 * deletes one, Escape or Delete clears, Enter checks. Keys in a text field are left alone, and
 * Enter on a button outside the keypad still presses that button. Keys meant for a dialog are
 * left alone too.
 *
 * A barcode scanner is a keyboard too: a burst of keys ending in Enter, faster than anyone
 * types, is a member card scanned at the wrong moment, never a PIN (it would cost a try).
 * Returns the function that stops listening.
 */
export function listenToKeypadKeys(
  win: Window,
  keypad: () => HTMLElement | null,
  actions: KeypadActions,
): () => void {
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const detector = new ScannerDetector(defaultScannerSettings, (outcome) => {
    if (outcome.type === 'typing') {
      for (const char of outcome.text) if (/^\d$/.test(char)) actions.digit(char);
    } else if (outcome.type === 'scan') {
      actions.scan(outcome.code);
    }
  });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.altKey || event.metaKey) return;
    // Space presses whatever button has focus; no PIN or member code has one.
    if (event.key === ' ') return;
    const target = event.target;
    if (isEditable(target)) return;
    if (target instanceof Element && target.closest('[role="dialog"], [role="alertdialog"]')) return;
    const inKeypad = target instanceof Node && (keypad()?.contains(target) ?? false);
    const onOtherControl =
      !inKeypad && target instanceof Element && target.closest('button, a, [role]') !== null;

    const digit = digitOf(event);
    const isEnter = event.key === 'Enter' || event.code === 'NumpadEnter';
    if (isEnter && onOtherControl && !detector.holding) return;

    const decision = detector.key({
      key: digit ?? (isEnter ? 'Enter' : event.key),
      code: event.code,
      time: event.timeStamp,
      shiftKey: event.shiftKey,
    });
    clearTimeout(idleTimer);
    if (detector.holding) {
      idleTimer = setTimeout(
        () => detector.idle(win.performance.now()),
        defaultScannerSettings.maxInterKeyMs + 5,
      );
    }
    if (decision.type !== 'pass') {
      event.preventDefault();
      return;
    }
    if (isEnter) actions.submit();
    else if (event.key === 'Backspace') actions.backspace();
    else if (event.key === 'Escape' || event.key === 'Delete') actions.clear();
    else return;
    event.preventDefault();
  };

  win.addEventListener('keydown', onKeyDown);
  return () => {
    clearTimeout(idleTimer);
    win.removeEventListener('keydown', onKeyDown);
  };
}
