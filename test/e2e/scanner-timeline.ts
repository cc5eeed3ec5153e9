import type { Page } from 'playwright-core';
import type { KeyStroke } from '../../renderer/src/scanner/key-stroke.ts';

/** Whether the page stopped a keydown (preventDefault is what keeps a real key out of a field). */
export interface StrokeFate {
  key: string;
  prevented: boolean;
}

/**
 * Plays a scanner's keystroke timeline inside the page: every keydown (and keyup) dispatched
 * in one go at the focused element, its `timeStamp` set to now plus the stroke's offset from
 * the first, Ctrl and Shift as the scanner sends them. The detector reads only those
 * timestamps, so a wireless scanner's pauses or a Ctrl+J arrive exactly as timed, however busy
 * this machine is (as test/e2e/harness/scanner-keys.ts does for a steady scanner).
 */
export async function playTimeline(page: Page, keys: KeyStroke[]): Promise<StrokeFate[]> {
  const first = keys[0]?.time ?? 0;
  const strokes = keys.map((k) => ({
    key: k.key,
    code: k.code,
    at: k.time - first,
    shiftKey: k.shiftKey ?? false,
    ctrlKey: k.ctrlKey ?? false,
  }));
  return page.evaluate<StrokeFate[]>(
    `((strokes) => {
      const base = performance.now();
      const fates = [];
      for (const spec of strokes) {
        const target = document.activeElement || document.body;
        const init = { key: spec.key, code: spec.code, shiftKey: spec.shiftKey, ctrlKey: spec.ctrlKey,
          bubbles: true, cancelable: true, composed: true };
        for (const type of ['keydown', 'keyup']) {
          const event = new KeyboardEvent(type, init);
          Object.defineProperty(event, 'timeStamp', { value: base + spec.at });
          target.dispatchEvent(event);
          if (type === 'keydown') fates.push({ key: spec.key, prevented: event.defaultPrevented });
        }
      }
      return fates;
    })(${JSON.stringify(strokes)})`,
  );
}

/** The keys a person would see typed: every keydown except bare modifiers, which type nothing. */
export const typingKeys = (fates: StrokeFate[]) =>
  fates.filter((fate) => !['Shift', 'Control'].includes(fate.key));
