import type { Symbology } from '../../../../main/ipc/contract.ts';
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
 * The bars of `code`, stretched to fill the box it is given (quiet zones included, on white),
 * up to `maxModuleMm` per module.
 * Vector all the way: the PDF and the printer driver get bars, not pixels.
 */
export function BarcodeGraphic({
  code,
  symbology,
  maxModuleMm,
}: {
  code: string;
  symbology: Symbology;
  /** Widest module in mm: a short code is drawn no wider than this many mm per module, centred. */
  maxModuleMm: number;
}) {
  const drawing = drawingOf(code, symbology);
  if (!drawing) return <div className="label-barcode-missing" />;
  return (
    <svg
      className="label-barcode"
      style={{ maxWidth: `${+(drawing.width * maxModuleMm).toFixed(2)}mm` }}
      viewBox={`0 0 ${drawing.width} 1`}
      preserveAspectRatio="none"
      role="img"
      aria-label={code}
      data-code={code}
      data-symbology={symbology}
    >
      <rect width={drawing.width} height="1" fill="#fff" />
      <path d={drawing.bars} fill="#000" shapeRendering="crispEdges" />
    </svg>
  );
}
