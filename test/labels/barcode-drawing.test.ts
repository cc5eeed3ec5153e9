import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { toSVG } from 'bwip-js/browser';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import type { Symbology } from '../../main/app-contract.ts';
import {
  type BarcodeDrawing,
  drawBarcode,
  encodeBars,
  loadBarcodeEngine,
  quietZones,
} from '../../renderer/src/labels/barcode/barcode-drawing.ts';

/** The bars of bwip-js's toSVG: each is a vertical stroke centred on x ("M3.50 15L3.50 0", stroke-width 1). */
function barsOfSvg(svg: string): string[] {
  const rects: string[] = [];
  for (const path of svg.matchAll(/stroke-width="([\d.]+)" d="([^"]+)"/g)) {
    const width = Number(path[1]);
    for (const move of (path[2] ?? '').matchAll(/M([\d.]+) /g)) {
      rects.push(`M${Number(move[1]) - width / 2} 0h${width}v1h-${width}z`);
    }
  }
  return rects.sort();
}

/** Paints a drawing into RGBA pixels (white, black bars), `scale` px per module: no browser needed. */
function rasterize(drawing: BarcodeDrawing, scale = 3, height = 60) {
  const width = drawing.width * scale;
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  for (const bar of drawing.bars.matchAll(/M([\d.]+) 0h([\d.]+)/g)) {
    const from = Math.round(Number(bar[1]) * scale);
    const to = Math.round((Number(bar[1]) + Number(bar[2])) * scale);
    for (let y = 0; y < height; y++) {
      for (let x = from; x < to; x++) data.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
    }
  }
  return { data, width, height, colorSpace: 'srgb' as const };
}

beforeAll(async () => {
  await loadBarcodeEngine();
  // zxing-wasm fetches its .wasm from a CDN by default; hand it the package's own file (offline).
  const wasm = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
  const wasmBinary = (await readFile(wasm)).buffer as ArrayBuffer;
  await prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });
});

const formats = { code128: 'Code128', ean13: 'EAN13', upca: 'UPCA' } as const satisfies Record<
  Symbology,
  string
>;

describe('barcodes drawn with bwip-js', () => {
  it.each([
    ['CR1042-M-BRU', 'code128'],
    ['1315L', 'code128'],
    ['5901234123457', 'ean13'],
    ['036000291452', 'upca'],
  ] as const)('%s as %s scans back to the same code', async (code, symbology) => {
    const drawing = drawBarcode(code, symbology);
    const image = rasterize(drawing) as unknown as Parameters<typeof readBarcodes>[0];
    const [result] = await readBarcodes(image, { formats: [formats[symbology]] });
    // A UPC-A reads as its EAN-13 form on some readers: a leading 0.
    const decoded = symbology === 'upca' && result?.text.length === 13 ? result.text.slice(1) : result?.text;
    expect(decoded).toBe(code);
  });

  it('leaves the quiet zones white on both sides', () => {
    const drawing = drawBarcode('1315L', 'code128');
    const starts = [...drawing.bars.matchAll(/M([\d.]+) 0h([\d.]+)/g)].map((m) => [
      Number(m[1]),
      Number(m[1]) + Number(m[2]),
    ]);
    expect(Math.min(...starts.map(([from]) => from as number))).toBe(quietZones.code128.left);
    expect(drawing.width - Math.max(...starts.map(([, to]) => to as number))).toBe(quietZones.code128.right);
  });

  it.each([
    ['1315L', 'code128'],
    ['CR1042-M-BRU', 'code128'],
    ['00123456789', 'code128'],
    ['5901234123457', 'ean13'],
    ['036000291452', 'upca'],
  ] as const)("draws %s with exactly the bars of bwip-js's toSVG", (code, bcid) => {
    const svg = toSVG({ bcid, text: code, scale: 1, height: 1, includetext: false });
    const { modules, bars } = encodeBars(code, bcid);
    // toSVG's EAN/UPC drawing is one unit wider than its bars (room for text it does not draw here).
    expect(Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1]) - modules).toBe(bcid === 'code128' ? 0 : 1);
    expect(bars.match(/M[^z]+z/g)?.sort()).toEqual(barsOfSvg(svg));
  });

  it('refuses an EAN-13 with a wrong check digit, as bwip-js does', () => {
    expect(() => drawBarcode('5901234123458', 'ean13')).toThrow(/check digit/i);
  });
});
