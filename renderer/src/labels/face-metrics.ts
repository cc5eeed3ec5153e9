import type { LabelProfile } from '../bridge/contract.ts';
import { printerDpi } from './barcode/bar-width.ts';
import { mmPerPt } from './text-fit.ts';

/** Line height of label text, in em. */
export const lineHeight = 1.12;
/** Smallest text printed on a label, in pt (below it a 203 dpi printer smears letters). */
export const smallestPt = 4;
/** The least height the bars get, in mm... */
export const shortestBarcodeMm = 5;
/** ...and the least share of the label's height inside its padding. */
export const barcodeShare = 0.35;
/**
 * White between the bars and the code printed under them, in mm: text touching the bars reads
 * as part of them to some scanners, and to the eye as one smudge (issue #18).
 */
export const codeGapMm = 1;
/** White between the name or variant and the bars, in mm: descenders touching bars blur both. */
export const titleGapMm = 0.5;
/** Labels less tall than this inside their padding give the name one line. */
const oneLineNameBelowMm = 16;

export interface TextRow {
  /** Largest size; a long text shrinks down to `minPt`. */
  maxPt: number;
  minPt: number;
  lines: number;
  /** Height the row takes, whatever its text: every label of a job has its barcode at the same place. */
  heightMm: number;
}

/** The sizes of a label's parts for one profile: the same for every label printed with it. */
export interface FaceMetrics {
  widthMm: number;
  heightMm: number;
  paddingMm: number;
  /** Inside the padding. */
  contentWidthMm: number;
  name: TextRow | null;
  /** With `titleInline`, it shares the name's line and takes no height of its own. */
  variant: TextRow | null;
  /**
   * Name and variant on one line, the name cut short first: a low label has no line to spare,
   * and the variant is what tells sizes of one product apart.
   */
  titleInline: boolean;
  code: TextRow | null;
  price: TextRow | null;
  /** Outlet name and date, on one line. */
  footer: TextRow | null;
  barcode: boolean;
  /** White under the bars when the code is printed under them; 0 otherwise. */
  codeGapMm: number;
  /** White above the bars when name or variant is printed above them; 0 otherwise. */
  titleGapMm: number;
  /** The printer's resolution: bars are snapped to its dots. */
  dpi: number;
}

const row = (maxPt: number, minPt: number, lines: number): TextRow => {
  const max = Math.max(smallestPt, Math.round(maxPt * 2) / 2);
  const min = Math.min(max, Math.max(smallestPt, Math.round(minPt * 2) / 2));
  return { maxPt: max, minPt: min, lines, heightMm: lines * max * mmPerPt * lineHeight };
};

function rows(profile: LabelProfile, scale: number, nameLines: number, inline: boolean) {
  const { fields } = profile;
  const variant = fields.variant ? row(6 * scale, 5 * scale, 1) : null;
  return {
    name: fields.productName ? row(7.5 * scale, 5.5 * scale, nameLines) : null,
    variant: variant && inline ? { ...variant, heightMm: 0 } : variant,
    code: fields.code ? row(6 * scale, 4.5 * scale, 1) : null,
    price: fields.price ? row(11 * scale, 7 * scale, 1) : null,
    footer: fields.outlet || fields.date ? row(5 * scale, 4 * scale, 1) : null,
  };
}

const textHeight = (parts: ReturnType<typeof rows>) =>
  Object.values(parts).reduce((sum, part) => sum + (part?.heightMm ?? 0), 0);

/**
 * Text sizes grow with the label (a 38 x 25 mm label is the reference). A label under 16 mm tall
 * inside its padding puts name and variant on one line. When the texts would
 * leave the barcode less than `shortestBarcodeMm` or `barcodeShare` of the height, every text
 * shrinks by up to a fifth; if that is not enough the name keeps one line, and the texts shrink
 * until they fit or reach `smallestPt`.
 */
export function faceMetrics(profile: LabelProfile): FaceMetrics {
  const contentWidthMm = profile.label.width - 2 * profile.padding;
  const contentHeightMm = profile.label.height - 2 * profile.padding;
  const barcodeMm = Math.max(shortestBarcodeMm, barcodeShare * contentHeightMm);
  const { fields } = profile;
  const gap = fields.barcode && fields.code ? codeGapMm : 0;
  const above = fields.barcode && (fields.productName || fields.variant) ? titleGapMm : 0;
  const room = contentHeightMm - (fields.barcode ? barcodeMm + gap + above : 0);
  const oneLineName = contentHeightMm < oneLineNameBelowMm;
  const inline = oneLineName && profile.fields.productName && profile.fields.variant;
  const initial = Math.min(1.6, Math.max(0.6, Math.min(contentHeightMm / 22, contentWidthMm / 30)));
  const fitRows = (nameLines: number, floor: number) => {
    let scale = initial;
    let parts = rows(profile, scale, nameLines, inline);
    for (let i = 0; i < 8 && textHeight(parts) > room && scale > floor; i++) {
      scale = Math.max(floor, scale * Math.max(0.5, room / textHeight(parts)));
      parts = rows(profile, scale, nameLines, inline);
    }
    return parts;
  };
  // A two-line name is worth texts a fifth smaller; past that, the name gets one line.
  let parts = fitRows(oneLineName ? 1 : 2, initial * 0.8);
  if (textHeight(parts) > room && (parts.name?.lines ?? 1) > 1) parts = fitRows(1, 0);
  else if (textHeight(parts) > room) parts = fitRows(parts.name?.lines ?? 1, 0);
  return {
    widthMm: profile.label.width,
    heightMm: profile.label.height,
    paddingMm: profile.padding,
    contentWidthMm,
    ...parts,
    titleInline: inline,
    barcode: profile.fields.barcode,
    codeGapMm: gap,
    titleGapMm: above,
    dpi: printerDpi(profile),
  };
}
