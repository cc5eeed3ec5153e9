import type { PrintJobView, PrintLabel } from '../bridge/contract.ts';
import { widestModuleMm } from './barcode/bar-width.ts';
import { drawBarcode, quietZones } from './barcode/barcode-drawing.ts';
import { faceMetrics, type TextRow } from './face-metrics.ts';
import { labelDate } from './label-date.ts';
import { labelPriceText } from './label-text.ts';
import { fitFontSize, mmPerPt } from './text-fit.ts';

/** Dots per mm of the common Zebra heads: 203 dpi (8), 300 dpi (12), 600 dpi (24). */
export type ZebraResolution = 8 | 12 | 24;

/**
 * Field data for `^FH\`: the three characters ZPL reads as commands or escapes are written as
 * hex, so a product called "50% ^off~" prints as it is called.
 */
export function zplText(text: string): string {
  return text.replace(/[\\^~]/g, (c) => `\\${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const dots = (mm: number, perMm: number) => Math.round(mm * perMm);

function barcodeCommand(label: PrintLabel, heightDots: number): string {
  switch (label.symbology) {
    // ZPL adds the check digit itself: it takes the digits before it.
    case 'ean13':
      return `^BEN,${heightDots},N,N^FD${label.code.slice(0, 12)}^FS`;
    case 'upca':
      return `^BUN,${heightDots},N,N,N^FD${label.code.slice(0, 11)}^FS`;
    case 'code128':
      // Mode A: the printer picks subsets B and C itself, as bwip-js does.
      return `^BCN,${heightDots},N,N,N,A^FH\\^FD${zplText(label.code)}^FS`;
  }
}

/**
 * The job as ZPL II for a Zebra printer (one `^XA...^XZ` format per line, `^PQ` copies of it),
 * laid out like the printed label: the same rows, sizes and quiet zones. Only for profiles of
 * one label per page (a roll); a sheet profile throws.
 */
export function zplFor(job: PrintJobView, perMm: ZebraResolution = 8): string {
  const { profile } = job;
  if (!profile.single)
    throw new RangeError('ZPL is for label rolls: choose a profile of one label per page.');
  const metrics = faceMetrics(profile);
  const pad = dots(metrics.paddingMm, perMm);
  const width = dots(metrics.contentWidthMm, perMm);
  const textRows = [metrics.name, metrics.variant, metrics.code, metrics.price, metrics.footer];
  const textHeight = textRows.reduce((sum, row) => sum + (row?.heightMm ?? 0), 0);
  const barcodeMm = metrics.barcode
    ? metrics.heightMm - 2 * metrics.paddingMm - textHeight - metrics.codeGapMm - metrics.titleGapMm
    : 0;

  return job.labels
    .map((label) => {
      const out = [
        `^XA^CI28^PW${dots(profile.label.width, perMm)}^LL${dots(profile.label.height, perMm)}^LH0,0`,
      ];
      let y = metrics.paddingMm;
      const text = (row: TextRow | null, value: string, bold = false) => {
        if (!row) return;
        const pt = fitFontSize(value, { widthMm: metrics.contentWidthMm, lines: row.lines }, row, bold);
        const h = Math.max(10, dots(pt * mmPerPt, perMm));
        out.push(
          `^FO${pad},${dots(y, perMm)}^A0N,${h},${h}^FB${width},${row.lines},0,C,0^FH\\^FD${zplText(value)}^FS`,
        );
        y += row.heightMm;
      };
      if (metrics.titleInline) {
        // One line: ZPL cannot cut the name and keep the variant, so the name gets the room left.
        const variant = label.variant ? ` ${label.variant}` : '';
        const keep = Math.max(4, Math.floor(metrics.contentWidthMm / 1.2) - variant.length);
        const name = label.name.length > keep ? `${label.name.slice(0, keep - 1)}…` : label.name;
        text(metrics.name, `${name}${variant}`, true);
      } else {
        text(metrics.name, label.name, true);
        text(metrics.variant, label.variant ?? '');
      }
      y += metrics.barcode ? metrics.titleGapMm : 0;
      if (metrics.barcode && barcodeMm > 0) {
        const drawing = drawBarcode(label.code, label.symbology);
        const quiet = quietZones[label.symbology];
        const module = Math.max(
          1,
          Math.min(Math.floor(width / drawing.width), Math.floor(widestModuleMm * perMm)),
        );
        const bars = (drawing.width - quiet.left - quiet.right) * module;
        const x = pad + Math.max(0, Math.round((width - bars) / 2));
        out.push(`^BY${module},3^FO${x},${dots(y, perMm)}${barcodeCommand(label, dots(barcodeMm, perMm))}`);
        y += barcodeMm + metrics.codeGapMm;
      }
      text(metrics.code, label.code);
      text(metrics.price, labelPriceText(label), true);
      const footer = [
        profile.fields.outlet ? job.outletName : '',
        profile.fields.date ? labelDate(job.date) : '',
      ]
        .filter(Boolean)
        .join('  ');
      text(metrics.footer, footer);
      out.push(`^PQ${label.copies},0,1,Y^XZ`);
      return out.join('\n');
    })
    .join('\n');
}
