import type { LabelProfile, Symbology } from '../../bridge/contract.ts';
import { faceMetrics } from '../face-metrics.ts';
import { barFit, printerDpi } from './bar-width.ts';
import { checkCode } from './code-check.ts';

/** What would make a line's bars wide enough: another symbology, or another label size. */
export type BarFix =
  | { kind: 'symbology'; symbology: Exclude<Symbology, 'code128'>; moduleMm: number }
  | { kind: 'profile'; profileId: string; profileName: string; moduleMm: number };

/** A line whose bars print too thin on the chosen label size, and the fix on offer (null: none fits). */
export interface ThinBars {
  moduleMm: number;
  fix: BarFix | null;
}

/** Room across for a barcode and the printer's resolution, per profile: worked out once per table. */
export interface BarRoom {
  profile: LabelProfile;
  widthMm: number;
  dpi: number;
}

export function barRoomOf(profile: LabelProfile): BarRoom | null {
  if (!profile.fields.barcode) return null;
  return { profile, widthMm: faceMetrics(profile).contentWidthMm, dpi: printerDpi(profile) };
}

const area = (p: LabelProfile) => p.label.width * p.label.height;

/**
 * Whether `code`, printed in `symbology` on `current`, gets bars under the printer's minimum,
 * and if so the fix to offer: EAN-13/UPC-A when the code is one and Code 128 was only chosen
 * (keeps the label size), else the smallest other label size of the same kind (roll or sheet)
 * where the bars are wide enough, else one of the other kind. Null when the bars are fine or
 * bwip-js is not loaded yet.
 */
export function thinBars(
  code: string,
  symbology: Symbology,
  current: BarRoom,
  others: readonly BarRoom[],
): ThinBars | null {
  const fit = barFit(code, symbology, current.widthMm, current.dpi);
  if (!fit || fit.scans) return null;
  if (symbology === 'code128') {
    const gtin = checkCode(code, 'auto');
    if (gtin.printable && gtin.symbology !== 'code128') {
      const other = barFit(code, gtin.symbology, current.widthMm, current.dpi);
      if (other?.scans) {
        return {
          moduleMm: fit.moduleMm,
          fix: { kind: 'symbology', symbology: gtin.symbology, moduleMm: other.moduleMm },
        };
      }
    }
  }
  const fits = others
    .filter((room) => room.profile.id !== current.profile.id)
    .flatMap((room) => {
      const other = barFit(code, symbology, room.widthMm, room.dpi);
      return other?.scans ? [{ room, moduleMm: other.moduleMm }] : [];
    })
    .sort(
      (a, b) =>
        Number(a.room.profile.single !== current.profile.single) -
          Number(b.room.profile.single !== current.profile.single) ||
        area(a.room.profile) - area(b.room.profile),
    );
  const best = fits[0];
  return {
    moduleMm: fit.moduleMm,
    fix: best
      ? {
          kind: 'profile',
          profileId: best.room.profile.id,
          profileName: best.room.profile.name,
          moduleMm: best.moduleMm,
        }
      : null,
  };
}
