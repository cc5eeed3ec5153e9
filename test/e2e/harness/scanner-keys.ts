import type { Page } from 'playwright-core';

/** Whether the page stopped a keydown (preventDefault is what keeps a real key out of a field). */
export interface KeyFate {
  key: string;
  prevented: boolean;
}

/**
 * The page side of `typeAtPace`, as source for an evaluated script: `(text, intervalMs, enter)`
 * dispatches the keys and answers their fates. A bench that must wait for the answer in the same
 * script (no round trip to the page while it answers) calls it too.
 */
export const dispatchKeysAtPace = `((text, intervalMs, enter) => {
  const codeOf = (ch) => {
    if (/[a-z]/i.test(ch)) return 'Key' + ch.toUpperCase();
    if (/[0-9]/.test(ch)) return 'Digit' + ch;
    return { '-': 'Minus', '.': 'Period', '/': 'Slash', ' ': 'Space' }[ch] || 'Unidentified';
  };
  const keys = [...text].map((ch) => ({ key: ch, code: codeOf(ch), shiftKey: /[A-Z]/.test(ch) }));
  if (enter) keys.push({ key: 'Enter', code: 'Enter', shiftKey: false });
  let at = performance.now();
  const fates = [];
  for (const spec of keys) {
    const target = document.activeElement || document.body;
    for (const type of ['keydown', 'keyup']) {
      const event = new KeyboardEvent(type, { ...spec, bubbles: true, cancelable: true, composed: true });
      Object.defineProperty(event, 'timeStamp', { value: at });
      target.dispatchEvent(event);
      if (type === 'keydown') fates.push({ key: spec.key, prevented: event.defaultPrevented });
    }
    at += intervalMs;
  }
  return fates;
})`;

/**
 * Types `text` (then Enter) into the focused element as key events whose `timeStamp`s are
 * `intervalMs` apart, dispatched in one go inside the page. The page's scanner detector reads only
 * those timestamps, so a scanner (4 ms a key) is played back exactly, however busy this machine
 * is: real key presses sent one by one from here arrive as far apart as the load makes them.
 *
 * The events are untrusted (made by script), so they never type into a field by themselves: what
 * shows that a real scanner's keys would be kept out of the focused field is that the page
 * prevented every keydown's default, which the answer reports. A person typing is played with
 * Playwright's real keyboard instead.
 */
export async function typeAtPace(
  page: Page,
  text: string,
  intervalMs: number,
  enter = true,
): Promise<KeyFate[]> {
  return page.evaluate<KeyFate[]>(`${dispatchKeysAtPace}(${JSON.stringify(text)}, ${intervalMs}, ${enter})`);
}
