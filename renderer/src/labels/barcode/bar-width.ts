import type { Symbology } from '../../bridge/contract.ts';
import { barcodeEngineReady, drawBarcode } from './barcode-drawing.ts';

/**
 * Narrowest bar module worth printing, in mm (7.5 mil): below it a 203 dpi thermal head's dots
 * smear into their neighbours and counter scanners misread or skip the code (issue #18: 0.16 mm
 * bars on 38 x 25 mm labels).
 */
export const thinnestModuleMm = 0.19;

/** Widest bar module, in mm: a short code on a wide label stays a barcode-sized barcode, centred. */
export const widestModuleMm = 0.4;

/** Dots per inch of a printer a profile does not name: thermal roll printers are 203 dpi, office printers 300 or more. */
export const defaultDpi = { roll: 203, sheet: 300 } as const;

/** The resolution a profile prints at: its own `dpi` when it states one, else the default for its kind. */
export function printerDpi(profile: { single: boolean; dpi?: number | undefined }): number {
  return profile.dpi ?? (profile.single ? defaultDpi.roll : defaultDpi.sheet);
}

/** One printer dot in mm. */
export const dotMm = (dpi: number) => 25.4 / dpi;

/**
 * Narrowest module a printer of `dpi` prints well: 0.19 mm, and never under one and a half dots
 * (on a coarse head a module of 1.2 dots prints as 1 dot here, 2 there).
 */
export function minimumModuleMm(dpi: number): number {
  return Math.max(thinnestModuleMm, 1.5 * dotMm(dpi));
}

/**
 * The module width a barcode of `modules` modules (quiet zones included) gets in `widthMm`, at
 * most `widestModuleMm`, snapped down to whole printer dots when that stays at least
 * `minimumModuleMm`: every bar is then the same number of dots, where a module of 2.4 dots
 * would print its bars 2 or 3 dots wide at random. A module too thin to snap is left as it is.
 */
export function printedModuleMm(modules: number, widthMm: number, dpi: number): number {
  const available = Math.min(widestModuleMm, widthMm / modules);
  const dot = dotMm(dpi);
  const snapped = Math.floor(available / dot + 1e-9) * dot;
  return snapped >= minimumModuleMm(dpi) ? snapped : available;
}

/** How wide a code's narrowest bar prints, and whether that is wide enough to scan. */
export interface BarFit {
  moduleMm: number;
  /** Modules across, quiet zones included. */
  modules: number;
  scans: boolean;
}

/**
 * The bar width `code` prints with in `widthMm` at `dpi`, from bwip-js's real module count (it
 * packs digit pairs in Code 128 set C by itself). Null when bwip-js is not loaded yet or refuses
 * the code.
 */
export function barFit(code: string, symbology: Symbology, widthMm: number, dpi: number): BarFit | null {
  if (!barcodeEngineReady()) return null;
  try {
    const { width: modules } = drawBarcode(code, symbology);
    const moduleMm = printedModuleMm(modules, widthMm, dpi);
    return { moduleMm, modules, scans: moduleMm >= minimumModuleMm(dpi) - 1e-9 };
  } catch {
    return null;
  }
}
