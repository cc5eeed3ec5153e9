import { memo } from 'react';
import type { Symbology } from '../../bridge/contract.ts';
import { printedModuleMm } from './bar-width.ts';
import { type BarcodeDrawing, drawBarcode } from './barcode-drawing.ts';

function drawingOf(code: string, symbology: Symbology): BarcodeDrawing | null {
  try {
    return drawBarcode(code, symbology);
  } catch {
    // bwip-js refused a code the checks let through: draw nothing rather than break the page.
    return null;
  }
}

/**
 * The bars of `code` (quiet zones included, on white), as wide as `widthMm` allows at whole
 * printer dots per module (see `printedModuleMm`), centred, as tall as the label leaves them.
 * Vector all the way: the PDF and the printer driver get bars, not pixels. An inline svg, although
 * each is a paint layer (issue #14): plain boxes would have no layer, but Chromium snaps a box's
 * background to whole CSS px (0.26 mm), which no module width survives (bench/LABELS-TRACE.md).
 * Memoised: a label's bars change only with its code and size.
 */
export const BarcodeGraphic = memo(function BarcodeGraphic({
  code,
  symbology,
  widthMm,
  dpi,
  gapBelowMm,
  gapAboveMm,
}: {
  code: string;
  symbology: Symbology;
  /** Room across, in mm. */
  widthMm: number;
  /** The printer's resolution, whose dots the modules are snapped to. */
  dpi: number;
  /** White under the bars, in mm (before the code text). */
  gapBelowMm: number;
  /** White above the bars, in mm (after the name). */
  gapAboveMm: number;
}) {
  const drawing = drawingOf(code, symbology);
  if (!drawing) return <div className="label-barcode-missing" />;
  const moduleMm = printedModuleMm(drawing.width, widthMm, dpi);
  return (
    <svg
      className="label-barcode"
      style={{
        width: `${+(drawing.width * moduleMm).toFixed(4)}mm`,
        ...(gapBelowMm > 0 ? { marginBottom: `${gapBelowMm}mm` } : {}),
        ...(gapAboveMm > 0 ? { marginTop: `${gapAboveMm}mm` } : {}),
      }}
      viewBox={`0 0 ${drawing.width} 1`}
      preserveAspectRatio="none"
      role="img"
      aria-label={code}
      data-code={code}
      data-symbology={symbology}
      data-module-mm={+moduleMm.toFixed(4)}
    >
      <rect width={drawing.width} height="1" fill="#fff" />
      <path d={drawing.bars} fill="#000" shapeRendering="crispEdges" />
    </svg>
  );
});
