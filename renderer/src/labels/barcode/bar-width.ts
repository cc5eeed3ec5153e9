import type { Symbology } from '../../../../main/ipc/contract.ts';
import { barcodeEngineReady, drawBarcode, moduleWidthMm } from './barcode-drawing.ts';

/**
 * Narrowest bar module worth printing without a warning, in mm: about 1.2 dots of a 203 dpi
 * thermal head. Thinner bars smear into their neighbours and scan badly, if at all.
 */
export const thinnestModuleMm = 0.15;

/** Shorter Code 128 codes (and every EAN/UPC, 113 modules with quiet zones) are wide enough on any label a profile allows. */
const shortestThinCode = 10;

/**
 * Whether `code` comes out with bars thinner than `thinnestModuleMm` when its barcode fills
 * `widthMm`. Only long Code 128 codes are encoded to find out; before bwip-js is loaded, nothing is.
 */
export function barsTooThin(code: string, symbology: Symbology, widthMm: number): boolean {
  if (symbology !== 'code128' || code.length < shortestThinCode || !barcodeEngineReady()) return false;
  try {
    return moduleWidthMm(drawBarcode(code, symbology), widthMm) < thinnestModuleMm;
  } catch {
    return false;
  }
}
