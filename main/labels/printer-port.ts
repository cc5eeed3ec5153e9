import type { PrintAnswer, SaveFileAnswer } from './label-channels.ts';
import type { PdfOptions, PrintOptions } from './print-options.ts';

export interface PrinterInfo {
  /** The OS's name, what Electron's `deviceName` takes. */
  name: string;
  displayName: string;
  isDefault: boolean;
}

/** A job the hidden window is to draw: open the print page on `jobId`, wait for `rendered`. */
export interface RenderRequest {
  jobId: string;
  /** Resolves with the page count once the page has drawn the job; rejects when it takes too long. */
  rendered: Promise<number>;
}

/**
 * What printing needs from the desktop: the printers, the hidden window that draws the label
 * pages, the save dialog. `print-window.ts` implements it over Electron and the app entry passes
 * it to `createAppServices`; anywhere else (Node tests, the page in plain Chromium) the default
 * answers that printing needs the desktop app.
 */
export interface PrinterPort {
  readonly available: boolean;
  listPrinters(): Promise<PrinterInfo[]>;
  print(request: RenderRequest & { options: PrintOptions }): Promise<PrintAnswer>;
  savePdf(request: RenderRequest & { options: PdfOptions; fileName: string }): Promise<SaveFileAnswer>;
  saveText(request: {
    fileName: string;
    text: string;
    filter: { name: string; extensions: string[] };
  }): Promise<SaveFileAnswer>;
}

/** The port outside the desktop app: no printers, and every job answers `unavailable`. */
export const desktopOnlyPrinterPort: PrinterPort = {
  available: false,
  listPrinters: async () => [],
  print: async () => ({ kind: 'unavailable' }),
  savePdf: async () => ({ kind: 'unavailable' }),
  saveText: async () => ({ kind: 'unavailable' }),
};
