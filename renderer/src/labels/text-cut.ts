import { mmPerPt } from './text-fit.ts';

/** What a label's text is set in: its weight and letter spacing change how wide it runs. */
export interface TextFont {
  pt: number;
  weight: 400 | 700 | 800;
  /** letter-spacing in em (labels.css: the price 0.01, the code 0.02). */
  spacingEm?: number;
}

/** Width of `text` in mm in `font`. */
export type MeasureText = (text: string, font: TextFont) => number;

export const ellipsis = '…';

/** The labels' font stack (labels.css .label-face). */
const family = 'Arial, "Liberation Sans", "Helvetica Neue", Helvetica, sans-serif';
/** Average glyph advance in em where no canvas measures (a test's DOM): bold runs wider. */
const averageAdvance = (weight: number) => (weight >= 700 ? 0.57 : 0.52);
/**
 * Cut a little before the measured edge: canvas and layout shape the same font, but round their
 * advances differently; a text cut a hair early looks the same, one a hair late runs past the label.
 */
const slack = 0.985;

/**
 * Measures label text with a canvas in the page's own fonts (what layout will draw), or by the
 * average advance where there is no canvas. Each text and font is measured once: a job of 1,000
 * labels repeats the same few names, sizes and prices.
 */
export function createTextMeasure(context: MeasuringContext | null): MeasureText {
  const widths = new Map<string, number>();
  return (text, font) => {
    const key = `${font.pt}\u0000${font.weight}\u0000${font.spacingEm ?? 0}\u0000${text}`;
    const known = widths.get(key);
    if (known !== undefined) return known;
    const em = font.pt * mmPerPt;
    let width: number;
    if (context) {
      context.font = `${font.weight} ${font.pt}pt ${family}`;
      // CSS px to mm.
      width = (context.measureText(text).width * 25.4) / 96;
    } else {
      width = text.length * em * averageAdvance(font.weight);
    }
    width += [...text].length * em * (font.spacingEm ?? 0);
    widths.set(key, width);
    return width;
  };
}

/** A 2D canvas context of `document`, or null where there is none (happy-dom). */
type MeasuringContext = { font: string; measureText(text: string): { width: number } };

/** Typed by hand: this file is also compiled without the DOM library (its unit tests). */
export function canvasContext(
  document: { createElement(tag: 'canvas'): { getContext(kind: '2d'): MeasuringContext | null } } | undefined,
): MeasuringContext | null {
  try {
    return document?.createElement('canvas').getContext('2d') ?? null;
  } catch {
    return null;
  }
}

/**
 * `text` on one line of `widthMm`: itself when it fits, else as much of its start as fits
 * with an ellipsis after it (what `text-overflow: ellipsis` drew, without the clip it needs).
 */
export function cutToWidth(text: string, widthMm: number, font: TextFont, measure: MeasureText): string {
  const room = widthMm * slack;
  if (measure(text, font) <= room) return text;
  const chars = [...text];
  // The longest start that fits with its ellipsis: widths grow with the length, so bisect.
  let low = 0;
  let high = chars.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(chars.slice(0, mid).join('').trimEnd() + ellipsis, font) <= room) low = mid;
    else high = mid - 1;
  }
  return chars.slice(0, low).join('').trimEnd() + ellipsis;
}

/**
 * Where `text` breaks into lines of `widthMm`, as `white-space: normal; overflow-wrap: anywhere`
 * breaks it: at spaces, and inside a word longer than a line. Each line as [start, end) indexes.
 */
function lineBreaks(text: string, widthMm: number, font: TextFont, measure: MeasureText): [number, number][] {
  const room = widthMm * slack;
  const lines: [number, number][] = [];
  let start = 0;
  let end = 0;
  const words = [...text.matchAll(/\S+/g)];
  for (const word of words) {
    const wordStart = word.index;
    const wordEnd = wordStart + word[0].length;
    if (end > start && measure(text.slice(start, wordEnd), font) <= room) {
      end = wordEnd;
      continue;
    }
    if (end > start) lines.push([start, end]);
    start = wordStart;
    // A word wider than a line fills lines char by char.
    while (measure(text.slice(start, wordEnd), font) > room) {
      let cut = start + 1;
      while (cut < wordEnd && measure(text.slice(start, cut + 1), font) <= room) cut++;
      lines.push([start, cut]);
      start = cut;
    }
    end = wordEnd;
  }
  if (end > start) lines.push([start, end]);
  return lines;
}

/**
 * `text` wrapped in at most `lines` lines of `widthMm`: itself when it fits, else cut inside its
 * last line with an ellipsis (what `-webkit-line-clamp` with an overflow clip drew).
 */
export function cutToLines(
  text: string,
  widthMm: number,
  lines: number,
  font: TextFont,
  measure: MeasureText,
): string {
  const trimmed = text.trim();
  const breaks = lineBreaks(trimmed, widthMm, font, measure);
  if (breaks.length <= lines) return trimmed;
  const [lastStart, lastEnd] = breaks[lines - 1] as [number, number];
  const last = cutToWidth(`${trimmed.slice(lastStart, lastEnd)}${ellipsis}`, widthMm, font, measure);
  return trimmed.slice(0, lastStart) + (last.endsWith(ellipsis) ? last : last + ellipsis);
}
