// Draws the app's icon files in resources/ from the two SVG sources (npm run icons).
// icon-small.svg is drawn on the 16 px grid for 16 and 32 px, where the full drawing would blur;
// icon.svg gives every larger size. ICO and ICNS are written here from those PNGs (both formats
// hold PNG images as they are), so each size in them is the one drawn for it, not a rescale.
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const resources = new URL('../resources/', import.meta.url);
const full = readFileSync(new URL('icon.svg', resources), 'utf8');
const small = readFileSync(new URL('icon-small.svg', resources), 'utf8');

export const pngSizes = [16, 32, 48, 64, 128, 256, 512, 1024];

function render(size) {
  const svg = size <= 32 ? small : full;
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/** ICO: a directory of entries, each a PNG (Windows Vista and later read PNG entries). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    const at = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, at); // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}

/** ICNS: "icns", the file length, then one typed block per size holding a PNG. */
function icns(images) {
  const types = { 16: 'icp4', 32: 'icp5', 64: 'icp6', 128: 'ic07', 256: 'ic08', 512: 'ic09', 1024: 'ic10' };
  const blocks = images
    .filter(({ size }) => types[size])
    .map(({ size, png }) => {
      const head = Buffer.alloc(8);
      head.write(types[size], 0, 'ascii');
      head.writeUInt32BE(png.length + 8, 4);
      return Buffer.concat([head, png]);
    });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + blocks.reduce((sum, block) => sum + block.length, 0), 4);
  return Buffer.concat([head, ...blocks]);
}

const images = pngSizes.map((size) => ({ size, png: render(size) }));
for (const { size, png } of images) {
  if (size <= 512) writeFileSync(new URL(`icons/${size}x${size}.png`, resources), png);
}
// electron-builder's default names: icon.png (Linux, 512), icon.ico (Windows), icon.icns (macOS).
writeFileSync(new URL('icon.png', resources), images.find(({ size }) => size === 512).png);
writeFileSync(
  new URL('icon.ico', resources),
  ico(images.filter(({ size }) => [16, 32, 48, 64, 128, 256].includes(size))),
);
writeFileSync(new URL('icon.icns', resources), icns(images));
console.log(`Icons written to ${resources.pathname}`);
