/** Millimetres in a typographic point. */
export const mmPerPt = 25.4 / 72;

/** Average glyph advance of Arial-like sans serif, in em (bold is wider). */
const averageAdvance = { regular: 0.52, bold: 0.57 } as const;

/**
 * Lines `text` takes when wrapped at word boundaries in `widthMm` at `pt`, estimated from the
 * average glyph width (a word longer than a line breaks inside, as `overflow-wrap: anywhere` does).
 */
export function estimatedLines(text: string, widthMm: number, pt: number, bold: boolean): number {
  const perLine = Math.max(
    1,
    Math.floor(widthMm / (pt * mmPerPt * averageAdvance[bold ? 'bold' : 'regular'])),
  );
  let lines = 1;
  let used = 0;
  for (const word of text.trim().split(/\s+/)) {
    if (word.length === 0) continue;
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed <= perLine) {
      used = needed;
      continue;
    }
    if (used > 0) lines += 1;
    // A word longer than a line fills whole lines and leaves the rest on the next.
    lines += Math.floor((word.length - 1) / perLine);
    used = word.length % perLine || perLine;
  }
  return lines;
}

/**
 * The font size (pt) for `text` in `lines` lines of `widthMm`: `maxPt` when it fits, else the
 * largest size down to `minPt` (in half points) at which the estimate fits, else `minPt` (the
 * label then clamps the text to `lines` lines: long names shrink, then wrap, never overflow).
 */
export function fitFontSize(
  text: string,
  box: { widthMm: number; lines: number },
  size: { maxPt: number; minPt: number },
  bold = false,
): number {
  for (let pt = size.maxPt; pt >= size.minPt; pt -= 0.5) {
    if (estimatedLines(text, box.widthMm, pt, bold) <= box.lines) return pt;
  }
  return size.minPt;
}
