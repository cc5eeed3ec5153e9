import { describe, expect, it } from 'vitest';
import { createTextMeasure, cutToLines, cutToWidth, ellipsis } from '../../renderer/src/labels/text-cut.ts';

// Long label texts are cut in script with an ellipsis (issue #14: the overflow clip that did it
// made printing quadratic). Measured here by the average glyph advance, as where no canvas is.

const measure = createTextMeasure(null);
const bold = { pt: 6, weight: 700 } as const;
const name = 'Kemeja Flanel Oxford Lengan Panjang Motif Kotak Kotak Premium Edisi Lebaran';

describe('a label text cut to fit', () => {
  it('leaves a text that fits alone', () => {
    expect(cutToWidth('Kaos', 35, bold, measure)).toBe('Kaos');
    expect(cutToLines('Kaos Polos Cotton', 35, 2, bold, measure)).toBe('Kaos Polos Cotton');
  });

  it('cuts a line too long with an ellipsis at its end, the cut text fitting the width', () => {
    const cut = cutToWidth(name, 20, bold, measure);
    expect(cut.endsWith(ellipsis)).toBe(true);
    expect(name.startsWith(cut.slice(0, -1))).toBe(true);
    expect(measure(cut, bold)).toBeLessThanOrEqual(20);
    // As long as it can be: one more letter would not fit.
    expect(measure(name.slice(0, cut.length) + ellipsis, bold)).toBeGreaterThan(20 * 0.985);
  });

  it('cuts a name too long for its lines inside its last line, with an ellipsis', () => {
    const cut = cutToLines(name, 30, 2, bold, measure);
    expect(cut.endsWith(ellipsis)).toBe(true);
    expect(name.startsWith(cut.slice(0, -1).trimEnd())).toBe(true);
    // What stays wraps in the two lines: wrapped again it needs no cut.
    expect(cutToLines(cut, 30, 2, bold, measure)).toBe(cut);
  });

  it('breaks a word longer than a line inside it, as the label does', () => {
    const code = 'X'.repeat(60);
    const cut = cutToLines(code, 10, 2, bold, measure);
    expect(cut.endsWith(ellipsis)).toBe(true);
    expect(cut.length).toBeLessThan(code.length);
  });
});
