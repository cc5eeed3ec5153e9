import { type Outcome, ScannerDetector, type ScannerSettings } from './scanner-detector.ts';

export interface KeyboardWedgeOptions {
  settings: ScannerSettings;
  /** A scan meant for the app (no field that asked for scans had focus). */
  onScan(code: string, outcome: Extract<Outcome, { type: 'scan' }>): void;
  /** A burst too long or garbled to be a code. */
  onRejected?(outcome: Extract<Outcome, { type: 'rejected' }>): void;
}

/** Fields that want scans typed into them mark themselves with this attribute. */
export const scanTargetAttribute = 'data-scan-target';

const isTextField = (el: Element | null): el is HTMLInputElement | HTMLTextAreaElement =>
  (el instanceof HTMLInputElement && /^(text|search|tel|email|number|url|password|)$/.test(el.type)) ||
  el instanceof HTMLTextAreaElement;

/** Types `text` into the focused field as if the keys had reached it (React sees an input event). */
function typeInto(el: Element | null, text: string, replace = false): void {
  if (!isTextField(el) || el.readOnly || el.disabled) return;
  const start = replace ? 0 : (el.selectionStart ?? el.value.length);
  const end = replace ? el.value.length : (el.selectionEnd ?? el.value.length);
  // Number inputs have no selection API; everything else inserts at the caret.
  if (el.type === 'number') el.value = replace ? text : el.value + text;
  else el.setRangeText(text, start, end, 'end');
  el.dispatchEvent(new InputEvent('input', { bubbles: true, data: text, inputType: 'insertText' }));
}

/**
 * Reads a USB keyboard-wedge scanner from the window's key stream. Keys that may be a scan are
 * held back (so they never land in whatever field has focus) and replayed as typing when they
 * turn out to be a person. A field with `data-scan-target` receives scans as its value and a
 * `scan` event; every other scan goes to `onScan`. Returns the function that detaches it.
 */
export function attachKeyboardWedge(
  win: Window,
  options: KeyboardWedgeOptions,
): {
  detach(): void;
  update(settings: ScannerSettings): void;
} {
  let settings = options.settings;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;

  const detector = new ScannerDetector(settings, (outcome) => {
    const focused = win.document.activeElement;
    if (outcome.type === 'typing') typeInto(focused, outcome.text);
    else if (outcome.type === 'rejected') options.onRejected?.(outcome);
    else if (focused?.hasAttribute(scanTargetAttribute)) {
      typeInto(focused, outcome.code, true);
      focused.dispatchEvent(new CustomEvent('scan', { detail: outcome.code, bubbles: true }));
    } else options.onScan(outcome.code, outcome);
  });

  const onKeyDown = (event: KeyboardEvent) => {
    // Shortcuts and IME composition are a person's, not a scanner's.
    if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
    // An open dialog owns the keyboard (the calibration dialog listens for its own scan).
    if (event.target instanceof Element && event.target.closest('[role="dialog"], [role="alertdialog"]'))
      return;
    const decision = detector.key({
      key: event.key,
      code: event.code,
      time: event.timeStamp,
      shiftKey: event.shiftKey,
    });
    if (decision.type === 'pass') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    clearTimeout(idleTimer);
    if (detector.holding) {
      const lastKeyAt = event.timeStamp;
      // A burst with no terminator ends when no key has come for a while. "A while" is measured
      // on the clock of this page, which a busy renderer can make late: keys already queued are
      // let through first (the 0 ms hop), and the wait is generous, since a scan normally ends
      // with its terminator and only a person's last typed key waits here.
      idleTimer = setTimeout(
        () => {
          idleTimer = setTimeout(() => detector.idle(lastKeyAt + settings.maxInterKeyMs), 0);
        },
        Math.max(100, settings.maxInterKeyMs * 2),
      );
    }
  };

  win.addEventListener('keydown', onKeyDown, { capture: true });
  return {
    detach: () => {
      clearTimeout(idleTimer);
      win.removeEventListener('keydown', onKeyDown, { capture: true });
    },
    update: (next) => {
      settings = next;
      detector.settings = next;
    },
  };
}
