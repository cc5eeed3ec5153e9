import { beforeAll, describe, expect, it } from 'vitest';
import type { LabelProfile } from '../../main/app-contract.ts';
import { builtInProfiles } from '../../main/labels/built-in-profiles.ts';
import { labelProfileInputSchema } from '../../main/labels/label-channels.ts';
import { isSingleLabel, layoutOf } from '../../main/labels/profile-geometry.ts';
import {
  barFit,
  dotMm,
  minimumModuleMm,
  printedModuleMm,
  printerDpi,
  widestModuleMm,
} from '../../renderer/src/labels/barcode/bar-width.ts';
import { drawBarcode, loadBarcodeEngine } from '../../renderer/src/labels/barcode/barcode-drawing.ts';
import { barRoomOf, thinBars } from '../../renderer/src/labels/barcode/thin-bars.ts';
import { faceMetrics } from '../../renderer/src/labels/face-metrics.ts';

const profiles: LabelProfile[] = builtInProfiles.map((p) => ({
  ...structuredClone(p),
  builtIn: true,
  single: isSingleLabel(p),
  layout: layoutOf(p),
}));
const profile = (id: string) => profiles.find((p) => p.id === id)!;
const widthOf = (id: string) => faceMetrics(profile(id)).contentWidthMm;
const rooms = profiles.flatMap((p) => barRoomOf(p) ?? []);
const room = (id: string) => rooms.find((r) => r.profile.id === id)!;

beforeAll(() => loadBarcodeEngine());

describe('how many modules a code takes (bwip-js, quiet zones included)', () => {
  it('Code 128: 35 modules of start, check and stop, 11 per character, 10 of quiet zone each side', () => {
    // 15 characters of set B: 11 + 15 x 11 + 11 + 13 = 200, plus 2 x 10.
    expect(drawBarcode('BTK-PRG-KNC-XXL', 'code128').width).toBe(220);
  });

  it('Code 128 packs digits in pairs (set C): 8 digits take 4 characters', () => {
    expect(drawBarcode('12345678', 'code128').width).toBe(11 + 4 * 11 + 11 + 13 + 20);
  });

  it('EAN-13 is always 95 modules, with 11 + 7 of quiet zone', () => {
    expect(drawBarcode('5901234123457', 'ean13').width).toBe(113);
  });
});

describe('bar width at the printer resolution', () => {
  it('a roll profile prints at 203 dpi, an A4 sheet at 300, unless the profile says', () => {
    expect(printerDpi(profile('roll-38x25'))).toBe(203);
    expect(printerDpi(profile('a4-3x8'))).toBe(300);
    expect(printerDpi({ single: true, dpi: 300 })).toBe(300);
    expect(minimumModuleMm(203)).toBeCloseTo(0.19, 6);
    // A 150 dpi head cannot print 0.19 mm evenly: one and a half of its dots.
    expect(minimumModuleMm(150)).toBeCloseTo(0.254, 3);
  });

  it('snaps a module to whole dots when that keeps it wide enough: 2 dots of 203 dpi for EAN-13 on 38 mm', () => {
    // 35 mm / 113 modules = 0.31 mm, 2.48 dots: printed as 2 dots (0.25 mm), every bar even.
    expect(printedModuleMm(113, widthOf('roll-38x25'), 203)).toBeCloseTo(2 * dotMm(203), 6);
    expect(barFit('5901234123457', 'ean13', widthOf('roll-38x25'), 203)).toEqual({
      moduleMm: 2 * dotMm(203),
      modules: 113,
      scans: true,
    });
  });

  it('finds a 15-character Code 128 on 38 x 25 mm at 0.16 mm a module: too thin', () => {
    const fit = barFit('BTK-PRG-KNC-XXL', 'code128', widthOf('roll-38x25'), 203);
    expect(fit?.moduleMm).toBeCloseTo(35 / 220, 6);
    expect(fit?.scans).toBe(false);
  });

  it('finds the same code wide enough on 50 x 30 mm (0.21 mm) and on an A4 sheet at 3 dots of 300 dpi', () => {
    const roll = barFit('BTK-PRG-KNC-XXL', 'code128', widthOf('roll-50x30'), 203);
    expect(roll?.moduleMm).toBeCloseTo(46 / 220, 6);
    expect(roll?.scans).toBe(true);
    const sheet = barFit('BTK-PRG-KNC-XXL', 'code128', widthOf('a4-3x8'), 300);
    expect(sheet?.moduleMm).toBeCloseTo(3 * dotMm(300), 6);
    expect(sheet?.scans).toBe(true);
  });

  it('keeps a short code barcode-sized: at most 0.4 mm, snapped down to 3 dots of 203 dpi', () => {
    expect(printedModuleMm(99, widthOf('roll-50x30'), 203)).toBeCloseTo(3 * dotMm(203), 6);
    expect(3 * dotMm(203)).toBeLessThanOrEqual(widestModuleMm);
  });
});

describe('the fix offered for bars too thin', () => {
  it('offers the smallest larger roll where the bars are wide enough', () => {
    const thin = thinBars('BTK-PRG-KNC-XXL', 'code128', room('roll-38x25'), rooms);
    expect(thin?.moduleMm).toBeCloseTo(0.159, 3);
    expect(thin?.fix).toMatchObject({ kind: 'profile', profileId: 'roll-50x30' });
  });

  it('offers EAN-13 when a valid EAN-13 was set to print as Code 128, keeping the label size', () => {
    // 13 digits in Code 128 take 143 modules: 0.22 mm on 33 mm; as EAN-13, 113 modules at 2 dots.
    const code = '8990138474731';
    expect(thinBars(code, 'code128', room('roll-33x15'), rooms)).toBeNull();
    const narrow = { ...room('roll-33x15'), widthMm: 25 };
    expect(thinBars(code, 'code128', narrow, rooms)?.fix).toEqual({
      kind: 'symbology',
      symbology: 'ean13',
      moduleMm: barFit(code, 'ean13', 25, 203)?.moduleMm,
    });
  });

  it('says nothing of codes whose bars are fine', () => {
    expect(thinBars('1008M-NVY', 'code128', room('roll-38x25'), rooms)).toBeNull();
    expect(thinBars('5901234123457', 'ean13', room('roll-33x15'), rooms)).toBeNull();
  });

  it('judges by the resolution a profile states: a 9-character SKU on 38 x 25 mm is fine at 203 dpi, not at 150', () => {
    const coarse = barRoomOf({ ...profile('roll-38x25'), id: 'coarse', dpi: 150 })!;
    expect(coarse.dpi).toBe(150);
    expect(thinBars('1008M-NVY', 'code128', room('roll-38x25'), rooms)).toBeNull();
    expect(thinBars('1008M-NVY', 'code128', coarse, rooms)?.fix).toMatchObject({ kind: 'profile' });
  });

  it('lets an admin state a printer resolution on a profile, within what printers have', () => {
    const { id: _id, ...input } = builtInProfiles[0];
    expect(labelProfileInputSchema.safeParse({ ...input, dpi: 300 }).success).toBe(true);
    expect(labelProfileInputSchema.safeParse({ ...input, dpi: 20 }).success).toBe(false);
  });

  it('offers nothing when no label size fits', () => {
    const code = 'X'.repeat(40);
    expect(thinBars(code, 'code128', room('roll-38x25'), rooms)).toEqual({
      moduleMm: expect.any(Number),
      fix: null,
    });
  });
});
