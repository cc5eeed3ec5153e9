/**
 * The counter's audible answer to a scan: one short high tone when the item is found, a low
 * double buzz when it is not, so the cashier knows without looking at the screen.
 */
export type BeepKind = 'found' | 'not-found' | ReceiveBeep;

/**
 * The received-goods count's answers (issue #15), each told apart by ear: a unit counted is the
 * found tone; a line now complete rises; more than expected is three quick mid tones; a code
 * not on the document falls; a code nobody knows is the not-found buzz.
 */
export type ReceiveBeep = 'line-complete' | 'over' | 'not-on-document';

let context: AudioContext | null = null;

function tone(
  ctx: AudioContext,
  frequency: number,
  start: number,
  duration: number,
  type: OscillatorType,
): void {
  const oscillator = ctx.createOscillator();
  const gain = ctx.createGain();
  oscillator.type = type;
  oscillator.frequency.value = frequency;
  // A short fade in and out avoids clicks.
  gain.gain.setValueAtTime(0, start);
  gain.gain.linearRampToValueAtTime(0.25, start + 0.005);
  gain.gain.linearRampToValueAtTime(0, start + duration);
  oscillator.connect(gain).connect(ctx.destination);
  oscillator.start(start);
  oscillator.stop(start + duration + 0.01);
}

/**
 * Opens the audio output ahead of the first beep (it takes up to a few hundred ms), and builds
 * one silent, never started tone: Chromium sets up its audio graph on the first node made, about
 * 12 ms on the main thread that would otherwise hold back the first scan's answer (bench/SCAN-TRACE.md).
 */
export function prepareBeep(): void {
  const Context = globalThis.AudioContext;
  if (!Context || context) return;
  context = new Context();
  context.createOscillator().connect(context.createGain());
}

/** Plays the beep; returns what was played, or null where the page has no audio. */
export function beep(kind: BeepKind): BeepKind | null {
  const Context = globalThis.AudioContext;
  if (!Context) return null;
  context ??= new Context();
  if (context.state === 'suspended') void context.resume();
  const now = context.currentTime;
  if (kind === 'found') tone(context, 1760, now, 0.09, 'sine');
  else if (kind === 'line-complete') {
    tone(context, 1320, now, 0.08, 'sine');
    tone(context, 1976, now + 0.1, 0.12, 'sine');
  } else if (kind === 'over') {
    for (const at of [0, 0.09, 0.18]) tone(context, 880, now + at, 0.06, 'triangle');
  } else if (kind === 'not-on-document') {
    tone(context, 660, now, 0.12, 'square');
    tone(context, 440, now + 0.15, 0.18, 'square');
  } else {
    tone(context, 220, now, 0.14, 'square');
    tone(context, 220, now + 0.2, 0.14, 'square');
  }
  return kind;
}
