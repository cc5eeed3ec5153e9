import { attachKeyboardWedge } from '../scanner/keyboard-wedge.ts';
import type { ScannerSettings } from '../scanner/scanner-settings.ts';

/**
 * Reads member cards scanned into the customer search through the same keyboard wedge as the
 * scan screen and the keypad, with the counter's saved scanner settings: a calibrated scanner's
 * prefix and suffix are stripped and its layout fix applies, where raw keys in the field would
 * search for the code with them. A person's keys are typed into the search as they were.
 *
 * Only keys aimed at the search itself: while the keypad listens, the keys are the keypad's
 * (keypad-keys.ts), so a PIN never lands here. Returns the function that stops listening.
 */
export function listenToSearchScans(
  win: Window,
  search: () => HTMLInputElement | null,
  onScan: (code: string) => void,
  settings: ScannerSettings,
): () => void {
  const wedge = attachKeyboardWedge(win, {
    settings,
    accepts: (event) => event.target !== null && event.target === search(),
    onScan,
  });
  return wedge.detach;
}
