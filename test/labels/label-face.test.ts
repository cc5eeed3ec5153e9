import { describe, expect, it } from 'vitest';
import type { LabelProfile } from '../../main/app-contract.ts';
import { builtInProfiles } from '../../main/labels/built-in-profiles.ts';
import { isSingleLabel, layoutOf } from '../../main/labels/profile-geometry.ts';
import {
  codeGapMm,
  faceMetrics,
  shortestBarcodeMm,
  smallestPt,
} from '../../renderer/src/labels/face-metrics.ts';
import { labelDate, todayIso } from '../../renderer/src/labels/label-date.ts';
import { estimatedLines, fitFontSize } from '../../renderer/src/labels/text-fit.ts';

const profiles: LabelProfile[] = builtInProfiles.map((p) => ({
  ...structuredClone(p),
  builtIn: true,
  single: isSingleLabel(p),
  layout: layoutOf(p),
}));

describe('long names on a label', () => {
  it('keep their size when they fit', () => {
    expect(fitFontSize('Kaos Polos', { widthMm: 35, lines: 2 }, { maxPt: 7.5, minPt: 5.5 }, true)).toBe(7.5);
  });

  it('shrink before they wrap past the lines the label has', () => {
    const name = 'Kemeja Batik Lengan Panjang Motif Parang Kencana Premium';
    const pt = fitFontSize(name, { widthMm: 35, lines: 2 }, { maxPt: 7.5, minPt: 5.5 }, true);
    expect(pt).toBeLessThan(7.5);
    expect(pt).toBeGreaterThanOrEqual(5.5);
    expect(estimatedLines(name, 35, pt, true)).toBeLessThanOrEqual(2);
  });

  it('stop shrinking at the smallest size (the label then cuts the text at its last line)', () => {
    const name = 'Kemeja '.repeat(30);
    expect(fitFontSize(name, { widthMm: 35, lines: 2 }, { maxPt: 7.5, minPt: 5.5 }, true)).toBe(5.5);
  });

  it('count a word longer than a line as the lines it breaks into', () => {
    expect(estimatedLines('X'.repeat(50), 10, 10, false)).toBeGreaterThan(1);
  });
});

describe('the parts of a label', () => {
  it.each(profiles.map((p) => [p.id, p] as const))(
    '%s: texts leave the barcode room, and fit inside the label',
    (_id, profile) => {
      const m = faceMetrics(profile);
      const rows = [m.name, m.variant, m.code, m.price, m.footer].filter((r) => r !== null);
      const text = rows.reduce((sum, row) => sum + row.heightMm, 0);
      const content = profile.label.height - 2 * profile.padding;
      expect(content - text - m.codeGapMm - m.titleGapMm).toBeGreaterThanOrEqual(shortestBarcodeMm - 1e-9);
      for (const row of rows) expect(row.minPt).toBeGreaterThanOrEqual(smallestPt);
      expect(m.price?.maxPt ?? 0).toBeGreaterThan(m.code?.maxPt ?? 0);
    },
  );

  it('gives the jewellery label one line shared by name and variant', () => {
    const jewellery = profiles.find((p) => p.id === 'roll-33x15');
    const m = jewellery && faceMetrics(jewellery);
    expect(m?.name?.lines).toBe(1);
    expect(m?.variant).not.toBeNull();
    expect(m?.titleInline).toBe(true);
    expect(m?.variant?.heightMm).toBe(0);
  });

  it.each(profiles.map((p) => [p.id, p] as const))(
    '%s: prints the variant, and leaves 1 mm of white between the bars and the code under them',
    (_id, profile) => {
      const m = faceMetrics(profile);
      expect(m.variant).not.toBeNull();
      expect(m.codeGapMm).toBe(codeGapMm);
      expect(codeGapMm).toBe(1);
    },
  );

  it('leaves no gap under the bars when the code is not printed under them', () => {
    const roll = profiles.find((p) => p.id === 'roll-38x25')!;
    expect(faceMetrics({ ...roll, fields: { ...roll.fields, code: false } }).codeGapMm).toBe(0);
  });
});

describe('the date on a label', () => {
  it('is written the Indonesian way', () => {
    expect(labelDate('2026-11-23')).toBe('23/11/2026');
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
