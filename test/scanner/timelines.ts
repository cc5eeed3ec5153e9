import type { KeyStroke } from '../../renderer/src/scanner/key-stroke.ts';

// Seeded keystroke timelines shaped like the scanners shops have and the people at their
// counters. Timings come from public reports (POS projects' scanner measurements, HID and
// Bluetooth LE connection intervals, keystroke-dynamics studies of typists), cited per class.

/** mulberry32: a small seeded PRNG, so every run plays the same timelines. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
const between = (rand: Random, low: number, high: number) => low + rand() * (high - low);
const int = (rand: Random, low: number, high: number) => Math.floor(between(rand, low, high + 1));
/** Log-normal around `median` (sigma in log units), the usual shape of key gaps. */
const logNormal = (rand: Random, median: number, sigma: number) => {
  const normal = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  return median * Math.exp(sigma * normal);
};
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

const digits = (rand: Random, n: number) => Array.from({ length: n }, () => String(int(rand, 0, 9))).join('');

/** EAN-13 with its GS1 check digit (weights 1 and 3 from the left). */
export function ean13(rand: Random): string {
  const body = `899${digits(rand, 9)}`;
  const sum = [...body].reduce((acc, d, i) => acc + Number(d) * (i % 2 ? 3 : 1), 0);
  return body + String((10 - (sum % 10)) % 10);
}

/** UPC-A with its check digit (weight 3 on the odd positions from the left). */
export function upcA(rand: Random): string {
  const body = digits(rand, 11);
  const sum = [...body].reduce((acc, d, i) => acc + Number(d) * (i % 2 ? 1 : 3), 0);
  return body + String((10 - (sum % 10)) % 10);
}

/** A store's own SKU: mixed-case letters, digits and a dash, 8 to 14 characters. */
export function sku(rand: Random): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz0123456789';
  const length = int(rand, 8, 14);
  const dashAt = int(rand, 2, length - 3);
  return Array.from({ length }, (_, i) =>
    i === dashAt ? '-' : (alphabet[int(rand, 0, alphabet.length - 1)] as string),
  ).join('');
}

/** Codes of every kind, in turn: EAN-13, UPC-A, SKU. */
export function codes(rand: Random, count: number): string[] {
  return Array.from({ length: count }, (_, i) => [ean13, upcA, sku][i % 3]!(rand));
}

const usCode = (ch: string): string => {
  if (/[a-z]/i.test(ch)) return `Key${ch.toUpperCase()}`;
  if (/\d/.test(ch)) return `Digit${ch}`;
  return { '-': 'Minus', ' ': 'Space', '.': 'Period' }[ch] ?? 'Unidentified';
};

/**
 * Key strokes for `text`, the first at `start`, then `gaps[i]` ms before character i + 1. An
 * upper-case letter comes with its Shift keydown, as a keyboard (or a scanner emulating one)
 * sends it.
 */
export function keysFor(text: string, start: number, gaps: readonly number[]): KeyStroke[] {
  const keys: KeyStroke[] = [];
  let time = start;
  [...text].forEach((ch, i) => {
    if (i > 0) time += gaps[i - 1] ?? 0;
    const upper = /[A-Z]/.test(ch);
    if (upper)
      keys.push({ key: 'Shift', code: 'ShiftLeft', time: Math.max(start, time - 0.3), shiftKey: true });
    keys.push({ key: ch, code: usCode(ch), time, shiftKey: upper });
  });
  return keys;
}

export type Pace = (rand: Random, count: number) => number[];

/** Wired USB: a key every 1-8 ms (full-speed HID polling), a rare 10-30 ms bus hiccup. */
export const wiredPace: Pace = (rand, count) =>
  Array.from({ length: count }, () => (rand() < 0.03 ? between(rand, 10, 30) : between(rand, 1, 8)));

/** Jittery: 5 to 60 ms between keys, about 20 on average (a developer's measured scanner). */
export const jitteryPace: Pace = (rand, count) =>
  Array.from({ length: count }, () => clamp(logNormal(rand, 17, 0.55), 5, 60));

/**
 * 2.4 GHz dongle: runs of 3-10 keys 1-4 ms apart, with 30-150 ms pauses between runs (the radio
 * sends the buffered code in packets).
 */
export const wirelessPace: Pace = (rand, count) => {
  const gaps: number[] = [];
  let run = int(rand, 3, 10);
  for (let i = 0; i < count; i++) {
    run -= 1;
    if (run <= 0) {
      gaps.push(between(rand, 30, 150));
      run = int(rand, 3, 10);
    } else gaps.push(between(rand, 1, 4));
  }
  return gaps;
};

/**
 * Bluetooth HID: one key report per connection event, 7.5 or 15 ms apart with a ms of jitter,
 * sometimes two in one event; after a run of at least 2 keys a retransmission can hold the
 * link for 40-180 ms.
 */
export const bluetoothPace: Pace = (rand, count) => {
  const gaps: number[] = [];
  let sinceBreak = 0;
  for (let i = 0; i < count; i++) {
    sinceBreak += 1;
    if (sinceBreak >= 2 && rand() < 0.12) {
      gaps.push(between(rand, 40, 180));
      sinceBreak = 0;
    } else if (rand() < 0.15) gaps.push(between(rand, 0, 1.5));
    else gaps.push((rand() < 0.6 ? 7.5 : 15) + between(rand, -1, 1));
  }
  return gaps;
};

export type Terminator = 'Enter' | 'Tab' | 'CR+LF' | 'LF' | 'none';

/** The strokes a scanner sends after a code, starting `gap` ms after its last key. */
export function terminatorKeys(terminator: Terminator, at: number, gap: Pace, rand: Random): KeyStroke[] {
  const enter = { key: 'Enter', code: 'Enter', time: at };
  // A browser sees a line feed as Ctrl+J (Zebra and Datalogic defaults): Ctrl down, then j.
  const lf = (time: number): KeyStroke[] => [
    { key: 'Control', code: 'ControlLeft', time, ctrlKey: true },
    { key: 'j', code: 'KeyJ', time: time + 0.3, ctrlKey: true },
  ];
  switch (terminator) {
    case 'Enter':
      return [enter];
    case 'Tab':
      return [{ key: 'Tab', code: 'Tab', time: at }];
    case 'CR+LF':
      return [enter, ...lf(at + (gap(rand, 1)[0] ?? 5))];
    case 'LF':
      return lf(at);
    case 'none':
      return [];
  }
}

/** One scan: the code's keys at `pace`, then the terminator at the same pace. */
export function scanKeys(
  code: string,
  start: number,
  pace: Pace,
  terminator: Terminator,
  rand: Random,
): KeyStroke[] {
  const gaps = pace(rand, code.length);
  const keys = keysFor(code, start, gaps);
  const last = (keys.at(-1) as KeyStroke).time;
  return [...keys, ...terminatorKeys(terminator, last + (gaps.at(-1) ?? 5), pace, rand)];
}
