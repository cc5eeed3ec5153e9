import type { Symbology } from '../../bridge/contract.ts';

/**
 * A barcode ready to draw at any size: bars as one SVG path in module units (one module = the
 * narrowest bar), one unit tall, with the quiet zones the symbology needs on either side.
 */
export interface BarcodeDrawing {
  /** Width of the whole graphic in modules, quiet zones included. */
  width: number;
  /** Modules of white before the first bar (the path starts at x = quietLeft). */
  quietLeft: number;
  /** One rectangle per bar: "M x 0h w v1h-w z ...". */
  bars: string;
}

/** Quiet zones in modules: Code 128 asks 10X on each side; EAN-13 11X left, 7X right; UPC-A 9X each. */
export const quietZones: Record<Symbology, { left: number; right: number }> = {
  code128: { left: 10, right: 10 },
  ean13: { left: 11, right: 7 },
  upca: { left: 9, right: 9 },
};

/** bwip-js's encoder without its renderer: bar and space widths in modules, bar first. */
type ToRaw = (bcid: string, text: string, options?: object) => { sbs: number[] }[];

let toRaw: ToRaw | null = null;
let loading: Promise<void> | null = null;

/**
 * Loads bwip-js, in a chunk of its own: about a megabyte of script that only labels need, so
 * the app starts without it. The labels screen and the print page wait for it; drawing before
 * it is loaded throws.
 */
export function loadBarcodeEngine(): Promise<void> {
  loading ??= import('bwip-js/browser').then((module) => {
    // bwip-js's `raw` (the encoder without the renderer) is on the default export only: the ES
    // build's named `raw` is BWIPP's "raw" symbology, whatever the typings say.
    toRaw = (module as unknown as { default: { raw: ToRaw } }).default.raw;
  });
  return loading;
}

export function barcodeEngineReady(): boolean {
  return toRaw !== null;
}

/**
 * The bars of `code` as bwip-js encodes them, in module units from x = `offset`. This is what
 * `toSVG` draws (a test holds them equal), at a tenth of the cost: toSVG's renderer checks nine
 * groups of text options on every barcode, about 1.6 ms each, which made 1,000 distinct labels
 * spend two seconds before the first page could print.
 */
export function encodeBars(
  code: string,
  symbology: Symbology,
  offset = 0,
): { modules: number; bars: string } {
  if (!toRaw) throw new Error('The barcode engine is not loaded yet: await loadBarcodeEngine() first.');
  const [row] = toRaw(symbology, code, {});
  if (!row) throw new Error(`bwip-js encoded nothing for "${code}"`);
  const rects: string[] = [];
  let x = offset;
  row.sbs.forEach((width, index) => {
    // Even positions are bars, odd ones spaces.
    if (index % 2 === 0) rects.push(`M${x} 0h${width}v1h-${width}z`);
    x += width;
  });
  return { modules: x - offset, bars: rects.join('') };
}

/**
 * Runs bwip-js once per symbology on a sample code, so its encoder is compiled before a document
 * is opened: the first encode on a fresh page costs tens of milliseconds more than the next ones,
 * and it used to land in the frame of the first preview page (issue #14). Nothing is cached.
 */
export function warmBarcodeEngine(): void {
  if (!toRaw) return;
  for (const [symbology, code] of [
    ['code128', 'SKU10000-M'],
    ['code128', '5901234123457'],
    ['ean13', '5901234123457'],
    ['upca', '036000291452'],
  ] as const) {
    encodeBars(code, symbology);
  }
}

const cache = new Map<string, BarcodeDrawing>();
const cacheLimit = 5_000;

/**
 * Draws `code` in `symbology` with its quiet zones (no human-readable text: the label prints the
 * code in its own font). Throws what bwip-js throws for a code the symbology refuses (check codes
 * with `checkCode` first). Drawings are cached by symbology and code.
 */
export function drawBarcode(code: string, symbology: Symbology): BarcodeDrawing {
  const key = `${symbology}\u0000${code}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const quiet = quietZones[symbology];
  const { modules, bars } = encodeBars(code, symbology, quiet.left);
  const drawing = { width: modules + quiet.left + quiet.right, quietLeft: quiet.left, bars };
  if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value as string);
  cache.set(key, drawing);
  return drawing;
}
