import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium } from './harness/find-chromium.ts';

// The app's icon (issue #16) as a taskbar, a window title and an installer show it: the PNGs in
// resources/icons decoded by Chromium at their own size, and shown 8x (pixelated) and at size
// side by side for the screenshots icon-16, icon-32 and icon-256. At 16 px the label's bars must
// still be bars: dark runs across the middle row, on a light label.

const resources = join(import.meta.dirname, '..', '..', 'resources', 'icons');
const screenshots = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
let browser: Browser;

beforeAll(async () => {
  await mkdir(screenshots, { recursive: true });
  browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

interface Decoded {
  width: number;
  height: number;
  /** Dark runs (bars) along the middle row, inside the label. */
  darkRuns: number;
  /** Light pixels along that row (the label behind the bars). */
  light: number;
}

/** Page script: the icon decoded at its own size, its middle row walked for dark bars and light label. */
const readMiddleRow = `(async () => {
  const image = document.getElementById('icon');
  await image.decode();
  const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const row = context.getImageData(0, Math.floor(image.naturalHeight / 2), image.naturalWidth, 1).data;
  let darkRuns = 0;
  let light = 0;
  let inDark = false;
  for (let x = 0; x < image.naturalWidth; x++) {
    const [r, g, b, a] = row.slice(x * 4, x * 4 + 4);
    const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) * (a / 255);
    const dark = a > 128 && luminance < 80;
    if (a > 128 && luminance > 200) light += 1;
    if (dark && !inDark) darkRuns += 1;
    inDark = dark;
  }
  return { width: image.naturalWidth, height: image.naturalHeight, darkRuns, light };
})()`;

async function showIcon(size: number): Promise<Decoded> {
  const png = await readFile(join(resources, `${size}x${size}.png`));
  const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
  try {
    const src = `data:image/png;base64,${png.toString('base64')}`;
    const zoom = size <= 32 ? 8 : 1;
    await page.setContent(
      `<body style="margin:24px;background:#f3f4f6;font:14px sans-serif;display:flex;gap:24px;align-items:end">
        <img id="icon" src="${src}">
        <img src="${src}" style="width:${size * zoom}px;image-rendering:pixelated">
        <span>${size} px${zoom > 1 ? ` (and ${zoom}x)` : ''}</span></body>`,
    );
    const decoded = await page.evaluate<Decoded>(readMiddleRow);
    await page.locator('body').screenshot({ path: join(screenshots, `icon-${size}.png`) });
    return decoded;
  } finally {
    await page.close();
  }
}

describe("the app's icon", () => {
  for (const size of [16, 32, 256]) {
    it(`reads as a label with barcode bars at ${size} px`, async () => {
      const icon = await showIcon(size);
      expect([icon.width, icon.height]).toEqual([size, size]);
      expect(icon.darkRuns).toBeGreaterThanOrEqual(3);
      expect(icon.light).toBeGreaterThan(0);
    });
  }
});
