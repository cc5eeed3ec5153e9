import { type Outcome, ScannerDetector, type ScannerSettings } from './scanner-detector.ts';

export interface KeyboardWedgeOptions {
  settings: ScannerSettings;
  /** A scan, its prefix and suffix stripped by the saved settings. */
  onScan(code: string, outcome: Extract<Outcome, { type: 'scan' }>): void;
  /** A burst too long or garbled to be a code. */
  onRejected?(outcome: Extract<Outcome, { type: 'rejected' }>): void;
  /** Where a person's held-back keys go; by default they are typed into the focused field. */
  onTyping?(text: string): void;
  /** Whether this key is the wedge's to read at all (a screen can keep some keys to itself). */
  accepts?(event: KeyboardEvent, holding: boolean): boolean;
  /** The key's character as the screen reads it (the keypad reads numpad keys as digits). */
  keyOf?(event: KeyboardEvent): string;
  /** A key the wedge read and let through: the screen's own key handling. */
  onPassed?(event: KeyboardEvent): void;
  /** Listen before the page's own handlers (the default) or after them. */
  capture?: boolean;
  /**
   * The first key of what may be a scan was held back: its Enter comes 13-50 ms later (a USB
   * scanner's 13 digits), time for a screen to clear the way for the lookup.
   */
  onBurstStart?(): void;
}

const isTextField = (el: Element | null): el is HTMLInputElement | HTMLTextAreaElement =>
  (el instanceof HTMLInputElement && /^(text|search|tel|email|number|url|password|)$/.test(el.type)) ||
  el instanceof HTMLTextAreaElement;

/** Types `text` into the focused field as if the keys had reached it (React sees an input event). */
function typeInto(el: Element | null, text: string): void {
  if (!isTextField(el) || el.readOnly || el.disabled) return;
  if (el.selectionStart === null) {
    // Email and number inputs have no selection API (setRangeText throws there): the keys go at
    // the end. The prototype's setter, not the element's own: React watches that one and would
    // take the input event that follows for no change.
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setValue?.call(el, el.value + text);
  } else el.setRangeText(text, el.selectionStart, el.selectionEnd ?? el.value.length, 'end');
  el.dispatchEvent(new InputEvent('input', { bubbles: true, data: text, inputType: 'insertText' }));
}

/**
 * Reads a keyboard-wedge scanner (USB, 2.4 GHz or Bluetooth) from the window's key stream. Keys
 * that may be a scan are held back (so they never land in whatever field has focus) and
 * replayed as typing when they turn out to be a person; scans go to `onScan`. Every screen
 * that reads scans goes through here, with the one set of saved scanner settings.
 */
export function attachKeyboardWedge(
  win: Window,
  options: KeyboardWedgeOptions,
): {
  detach(): void;
  update(settings: ScannerSettings): void;
} {
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const capture = options.capture ?? true;

  const detector = new ScannerDetector(options.settings, (outcome) => {
    if (outcome.type === 'typing') {
      if (options.onTyping) options.onTyping(outcome.text);
      else typeInto(win.document.activeElement, outcome.text);
    } else if (outcome.type === 'rejected') options.onRejected?.(outcome);
    else options.onScan(outcome.code, outcome);
  });

  /** Settles a burst that stopped with no terminator, once no key has come for a while. */
  const armIdle = () => {
    clearTimeout(idleTimer);
    const settlesAt = detector.settlesAt;
    if (settlesAt === null) return;
    // "A while" passes on this page's clock, which a busy renderer can make late: keys already
    // queued are let through first (the 0 ms hop), and they carry their own timestamps, which
    // the detector compares with settlesAt, so a late timer never cuts a burst short.
    idleTimer = setTimeout(
      () => {
        idleTimer = setTimeout(() => detector.idle(settlesAt), 0);
      },
      Math.max(0, settlesAt - win.performance.now()) + 5,
    );
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // IME composition and Alt/Meta shortcuts are a person's. (AltGr is Ctrl+Alt on Windows.)
    if (event.isComposing || event.metaKey || event.altKey) return;
    // An open dialog owns the keyboard (the calibration dialog listens for its own scan).
    if (event.target instanceof Element && event.target.closest('[role="dialog"], [role="alertdialog"]'))
      return;
    if (options.accepts && !options.accepts(event, detector.holding)) return;
    const decision = detector.key({
      key: options.keyOf?.(event) ?? event.key,
      code: event.code,
      time: event.timeStamp,
      shiftKey: event.shiftKey,
      ctrlKey: event.ctrlKey,
      repeat: event.repeat,
    });
    armIdle();
    if (decision.type === 'hold' && detector.heldKeys === 1) options.onBurstStart?.();
    if (decision.type === 'pass') {
      options.onPassed?.(event);
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  win.addEventListener('keydown', onKeyDown, { capture });
  return {
    detach: () => {
      clearTimeout(idleTimer);
      win.removeEventListener('keydown', onKeyDown, { capture });
    },
    update: (next) => {
      detector.settings = next;
    },
  };
}
