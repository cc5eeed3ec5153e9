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

/** One waveform's oscillator, running from the start behind a gain that is silent between tones. */
interface Voice {
  oscillator: OscillatorNode;
  gain: GainNode;
}

type Waveform = 'sine' | 'triangle' | 'square';

/** The page's audio output and its voices, made together on first use. */
let audio: { ctx: AudioContext; voices: Record<Waveform, Voice> } | null = null;

function voice(ctx: AudioContext, type: Waveform): Voice {
  const oscillator = ctx.createOscillator();
  const gain = ctx.createGain();
  oscillator.type = type;
  gain.gain.value = 0;
  oscillator.connect(gain).connect(ctx.destination);
  oscillator.start();
  return { oscillator, gain };
}

/**
 * The page's audio output and its three voices, made once. A beep only schedules pitch and
 * volume on voices already running: a new oscillator and gain per tone left Chromium deleting
 * their audio handlers and sweeping them on the page's thread, 2-6 ms tasks that landed inside
 * later scans (bench/SCAN-TRACE.md, "Sixth step").
 */
function openVoices(): NonNullable<typeof audio> | null {
  const Context = globalThis.AudioContext;
  if (!Context) return null;
  if (!audio) {
    const ctx = new Context();
    audio = {
      ctx,
      voices: { sine: voice(ctx, 'sine'), triangle: voice(ctx, 'triangle'), square: voice(ctx, 'square') },
    };
  }
  return audio;
}

/** Plays `frequency` on `v` from `start` for `duration` seconds, with a short fade in and out (no clicks). */
function tone(v: Voice, frequency: number, start: number, duration: number): void {
  v.oscillator.frequency.setValueAtTime(frequency, start);
  const level = v.gain.gain;
  level.setValueAtTime(0, start);
  level.linearRampToValueAtTime(0.25, start + 0.005);
  level.linearRampToValueAtTime(0, start + duration);
}

/** Fades out whatever a voice still plays by `at`: a new answer is heard alone. */
function hush(v: Voice, now: number, at: number): void {
  for (const param of [v.gain.gain, v.oscillator.frequency]) param.cancelScheduledValues(now);
  v.gain.gain.setValueAtTime(v.gain.gain.value, now);
  v.gain.gain.linearRampToValueAtTime(0, at);
}

/**
 * Opens the audio output ahead of the first beep (it takes up to a few hundred ms) and starts its
 * voices: Chromium sets up its audio graph on the first node made, about 12 ms on the main
 * thread that would otherwise hold back the first scan's answer (bench/SCAN-TRACE.md).
 */
export function prepareBeep(): void {
  openVoices();
}

/** Plays the beep; returns what was played, or null where the page has no audio. */
export function beep(kind: BeepKind): BeepKind | null {
  const opened = openVoices();
  if (!opened) return null;
  const { ctx, voices: v } = opened;
  if (ctx.state === 'suspended') void ctx.resume();
  const now = ctx.currentTime;
  const at = now + 0.005;
  for (const each of Object.values(v)) hush(each, now, at);
  if (kind === 'found') tone(v.sine, 1760, at, 0.09);
  else if (kind === 'line-complete') {
    tone(v.sine, 1320, at, 0.08);
    tone(v.sine, 1976, at + 0.1, 0.12);
  } else if (kind === 'over') {
    for (const after of [0, 0.09, 0.18]) tone(v.triangle, 880, at + after, 0.06);
  } else if (kind === 'not-on-document') {
    tone(v.square, 660, at, 0.12);
    tone(v.square, 440, at + 0.15, 0.18);
  } else {
    tone(v.square, 220, at, 0.14);
    tone(v.square, 220, at + 0.2, 0.14);
  }
  return kind;
}
