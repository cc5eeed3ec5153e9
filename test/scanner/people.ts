import type { KeyStroke } from '../../renderer/src/scanner/key-stroke.ts';
import { keysFor, type Random } from './timelines.ts';

// People at the counter, typing. Keystroke-dynamics studies put skilled typists at 100-200 ms
// between keys (120 wpm is 100 ms), with rolled-over pairs down to 25-40 ms; nobody keeps a
// median under 60 ms over four keys. Hunt-and-peck is 250 ms to over a second a key.

export interface Typed {
  keys: KeyStroke[];
  /** What the person meant to type into the field (the Enter is the page's). */
  text: string;
}

const between = (rand: Random, low: number, high: number) => low + rand() * (high - low);
const int = (rand: Random, low: number, high: number) => Math.floor(between(rand, low, high + 1));
const logNormal = (rand: Random, median: number, sigma: number) => {
  const normal = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  return median * Math.exp(sigma * normal);
};
const enterAt = (time: number): KeyStroke => ({ key: 'Enter', code: 'Enter', time });

const words = [
  'kopi',
  'susu',
  'gula',
  'teh',
  'kemeja',
  'celana',
  'sepatu',
  'batik',
  'merah',
  'biru',
  'hitam',
  'ukuran',
  'diskon',
  'member',
  'harga',
  'stok',
  'the',
  'and',
  'shirt',
  'stationery',
  'ok',
  'yes',
  'Jakarta',
  'Bandung',
  'Surabaya',
  'terima',
  'kasih',
  'XL',
  'Andi',
  'Siti',
  'Budi',
  'toko',
];

/** A hunt-and-peck typist: a code or word, 250-1200 ms a key, then Enter. */
export function huntAndPeck(rand: Random, start: number, code: string): Typed {
  const gaps = Array.from({ length: code.length }, () => between(rand, 250, 1200));
  const keys = keysFor(code, start, gaps);
  return { keys: [...keys, enterAt((keys.at(-1) as KeyStroke).time + (gaps.at(-1) ?? 400))], text: code };
}

/**
 * A fast typist (about 120 wpm): a few words, log-normal gaps around 100 ms, rolled-over keys
 * down to 25 ms, ending with Enter or nothing.
 */
export function fastTypist(rand: Random, start: number): Typed {
  const text = Array.from({ length: int(rand, 1, 3) }, () => words[int(rand, 0, words.length - 1)]).join(' ');
  const gaps = Array.from({ length: text.length }, () => Math.max(25, logNormal(rand, 100, 0.4)));
  const keys = keysFor(text, start, gaps);
  const end = rand() < 0.6 ? [enterAt((keys.at(-1) as KeyStroke).time + (gaps.at(-1) ?? 100))] : [];
  return { keys: [...keys, ...end], text };
}

/** A quantity typed quickly and Enter: 1-3 digits, 50 ms and up between keys. */
export function quantityAndEnter(rand: Random, start: number): Typed {
  const text = String(int(rand, 1, rand() < 0.5 ? 9 : 250));
  const gaps = Array.from({ length: text.length }, () => Math.max(50, logNormal(rand, 140, 0.4)));
  const keys = keysFor(text, start, gaps);
  return { keys: [...keys, enterAt((keys.at(-1) as KeyStroke).time + (gaps.at(-1) ?? 100))], text };
}

/** A PIN or a quantity on the numpad: 4-6 digits 120-400 ms apart, then the numpad's Enter. */
export function numpadEntry(rand: Random, start: number): Typed {
  const text = Array.from({ length: int(rand, 4, 6) }, () => String(int(rand, 0, 9))).join('');
  let time = start;
  const keys: KeyStroke[] = [...text].map((digit, i) => {
    if (i > 0) time += between(rand, 120, 400);
    return { key: digit, code: `Numpad${digit}`, time };
  });
  keys.push({ key: 'Enter', code: 'NumpadEnter', time: time + between(rand, 120, 400) });
  return { keys, text };
}
