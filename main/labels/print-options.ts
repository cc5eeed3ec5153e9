import type { LabelProfile } from './label-channels.ts';

/** Microns in a millimetre: Electron's `print` takes a custom page size in microns. */
const micronsPerMm = 1000;
/** Millimetres in an inch: `printToPDF` takes a custom page size in inches. */
const mmPerInch = 25.4;

/** Electron refuses a custom page side under 353 microns (one PostScript point). */
export const smallestPageMicrons = 353;

/** Millimetres to whole microns (Electron rounds anyway; whole numbers keep tests exact). */
export function mmToMicrons(mm: number): number {
  return Math.max(smallestPageMicrons, Math.round(mm * micronsPerMm));
}

/** Millimetres to inches, kept to 6 decimals (well under a micron). */
export function mmToInches(mm: number): number {
  return Math.round((mm / mmPerInch) * 1e6) / 1e6;
}

/** The subset of Electron's WebContentsPrintOptions this app sets (plain data, checked in tests). */
export interface PrintOptions {
  silent: boolean;
  deviceName?: string;
  printBackground: true;
  /** Labels are black on white; grayscale keeps drivers of thermal printers from dithering. */
  color: false;
  margins: { marginType: 'none' };
  landscape: false;
  scaleFactor: 100;
  copies: 1;
  pageSize: { width: number; height: number };
}

/** The subset of Electron's PrintToPDFOptions this app sets. */
export interface PdfOptions {
  printBackground: true;
  landscape: false;
  /** printToPDF takes margins in inches (it has no `marginType` since Electron 21). */
  margins: { top: 0; bottom: 0; left: 0; right: 0 };
  pageSize: { width: number; height: number };
  preferCSSPageSize: true;
}

/**
 * Options for printing a job of `profile`: silently to `printerName`, or (null) through the
 * system dialog with the profile's page size chosen. The page's `@page` size says the same, and
 * copies are pages of their own, so `copies` stays 1.
 */
export function printOptions(profile: LabelProfile, printerName: string | null): PrintOptions {
  const base = {
    printBackground: true,
    color: false,
    margins: { marginType: 'none' },
    landscape: false,
    scaleFactor: 100,
    copies: 1,
    pageSize: { width: mmToMicrons(profile.page.width), height: mmToMicrons(profile.page.height) },
  } as const;
  return printerName === null
    ? { ...base, silent: false }
    : { ...base, silent: true, deviceName: printerName };
}

/** Options for saving a job of `profile` as a PDF whose pages are exactly the profile's page. */
export function pdfOptions(profile: LabelProfile): PdfOptions {
  return {
    printBackground: true,
    landscape: false,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    pageSize: { width: mmToInches(profile.page.width), height: mmToInches(profile.page.height) },
    preferCSSPageSize: true,
  };
}

/** A file name for the saved labels, e.g. "labels-PB-2026-11-0001.pdf" (no path separators). */
export function labelFileName(base: string, extension: 'pdf' | 'zpl'): string {
  const safe = base
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[-. ]+|[-. ]+$/g, '')
    .slice(0, 80);
  return `${safe || 'labels'}.${extension}`;
}
