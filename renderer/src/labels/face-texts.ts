import type { CSSProperties } from 'react';
import { type FaceMetrics, lineHeight, type TextRow } from './face-metrics.ts';
import { cutToLines, cutToWidth, type MeasureText, type TextFont } from './text-cut.ts';
import { fitFontSize, mmPerPt } from './text-fit.ts';

const mm = (value: number) => `${+value.toFixed(3)}mm`;

/** One row of a label: its text as it prints (cut to fit, ellipsis included) and its style. */
export interface RowText {
  text: string;
  style: CSSProperties;
}

/** The name and variant sharing one line of a low label. */
export interface TitleLine {
  name: string;
  variant: string;
  style: CSSProperties;
}

export type RowKind = 'name' | 'variant' | 'code' | 'price' | 'footer';

/** Weight and letter spacing of each row (labels.css). */
const fonts: Record<RowKind, Omit<TextFont, 'pt'>> = {
  name: { weight: 700 },
  variant: { weight: 400 },
  code: { weight: 400, spacingEm: 0.02 },
  price: { weight: 800, spacingEm: 0.01 },
  footer: { weight: 400 },
};

/** Gap between the outlet and the date (labels.css .label-footer), mm. */
const footerGapMm = 1;

export interface FaceTexts {
  row(kind: RowKind, text: string): RowText;
  titleLine(name: string, variant: string | null): TitleLine;
  footer(parts: readonly string[]): { parts: string[]; style: CSSProperties };
}

/**
 * The texts of every label of one profile, fitted and cut once per distinct text: a job of
 * 1,000 labels repeats its names, sizes and prices, and the print page used to size each one
 * again per label (issue #14). Texts are cut here, with an ellipsis, because an overflow clip
 * on the label made Chromium's print paint quadratic in the pages.
 */
export function createFaceTexts(metrics: FaceMetrics, measure: MeasureText): FaceTexts {
  const width = metrics.contentWidthMm;
  const memo = new Map<string, unknown>();
  const once = <T>(key: string, work: () => T): T => {
    if (memo.has(key)) return memo.get(key) as T;
    const value = work();
    memo.set(key, value);
    return value;
  };
  // Inside the title block the name and variant take their lines' height, not the row's;
  // the name keeps its line clamp as layout (its text is already cut to its lines).
  const styleOf = (row: TextRow, pt: number, kind: RowKind | 'title') => ({
    fontSize: `${pt}pt`,
    lineHeight: mm(pt * mmPerPt * lineHeight),
    ...(kind === 'name' || kind === 'variant' ? {} : { height: mm(row.heightMm) }),
    ...(kind === 'name' ? { WebkitLineClamp: row.lines } : {}),
  });

  return {
    row: (kind, text) =>
      once(`${kind}\u0000${text}`, () => {
        const row = metrics[kind] as TextRow;
        const font = fonts[kind];
        const pt = fitFontSize(text, { widthMm: width, lines: row.lines }, row, font.weight >= 700);
        const cut =
          row.lines > 1
            ? cutToLines(text, width, row.lines, { ...font, pt }, measure)
            : cutToWidth(text, width, { ...font, pt }, measure);
        return { text: cut, style: styleOf(row, pt, kind) };
      }),
    titleLine: (name, variant) =>
      once(`title\u0000${name}\u0000${variant ?? ''}`, () => {
        const row = metrics.name as TextRow;
        const pt = fitFontSize([name, variant].join(' '), { widthMm: width, lines: 1 }, row, true);
        const regular = { weight: 400, pt } as const;
        // The variant (after its "· ") takes up to 60% of the line and is never cut before the name.
        const dot = measure('· ', regular);
        const variantText = variant ? cutToWidth(variant, 0.6 * width - dot, regular, measure) : '';
        const gap = variant ? 0.25 * pt * mmPerPt : 0;
        const taken = variant ? dot + measure(variantText, regular) + gap : 0;
        return {
          name: cutToWidth(name, width - taken, { weight: 700, pt }, measure),
          variant: variantText,
          style: styleOf(row, pt, 'title'),
        };
      }),
    footer: (parts) =>
      once(`footer\u0000${parts.join('\u0000')}`, () => {
        const row = metrics.footer as TextRow;
        const pt = fitFontSize(parts.join('  '), { widthMm: width, lines: 1 }, row, false);
        const font = { weight: 400, pt } as const;
        // Outlet and date at the two ends: the date is whole, the outlet name gives way.
        const [first, ...rest] = parts;
        const restWidth = rest.reduce((sum, part) => sum + measure(part, font) + footerGapMm, 0);
        const cut = first === undefined ? [] : [cutToWidth(first, width - restWidth, font, measure), ...rest];
        return { parts: cut, style: styleOf(row, pt, 'footer') };
      }),
  };
}
