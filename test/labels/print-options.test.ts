import { describe, expect, it } from 'vitest';
import type { LabelProfile } from '../../main/app-contract.ts';
import { builtInProfiles } from '../../main/labels/built-in-profiles.ts';
import {
  labelFileName,
  mmToInches,
  mmToMicrons,
  pdfOptions,
  printOptions,
  smallestPageMicrons,
} from '../../main/labels/print-options.ts';
import { labelPrintUrl } from '../../main/labels/print-route.ts';
import { isSingleLabel, layoutOf } from '../../main/labels/profile-geometry.ts';
import { labelPrintJobId } from '../../renderer/src/labels/print-route.ts';

const profile = (id: string): LabelProfile => {
  const p = builtInProfiles.find((b) => b.id === id);
  if (!p) throw new Error(id);
  return { ...structuredClone(p), builtIn: true, single: isSingleLabel(p), layout: layoutOf(p) };
};

describe('page sizes for Electron', () => {
  it('turns millimetres into the microns print() takes', () => {
    expect(mmToMicrons(38)).toBe(38_000);
    expect(mmToMicrons(33.9)).toBe(33_900);
    expect(mmToMicrons(0.1)).toBe(smallestPageMicrons);
  });

  it('turns millimetres into the inches printToPDF() takes', () => {
    expect(mmToInches(25.4)).toBe(1);
    expect(mmToInches(210)).toBeCloseTo(8.267717, 6);
    expect(mmToInches(38)).toBeCloseTo(1.496063, 6);
  });
});

describe('print options', () => {
  it('prints silently to the chosen printer at the label size, without margins or scaling', () => {
    expect(printOptions(profile('roll-38x25'), 'ZDesigner GK420t')).toEqual({
      silent: true,
      deviceName: 'ZDesigner GK420t',
      printBackground: true,
      color: false,
      margins: { marginType: 'none' },
      landscape: false,
      scaleFactor: 100,
      copies: 1,
      pageSize: { width: 38_000, height: 25_000 },
    });
  });

  it('opens the system dialog with the page size chosen when no printer is', () => {
    const options = printOptions(profile('a4-3x8'), null);
    expect(options.silent).toBe(false);
    expect(options).not.toHaveProperty('deviceName');
    expect(options.pageSize).toEqual({ width: 210_000, height: 297_000 });
  });

  it('saves PDFs whose pages are the profile page, in inches, margins none, CSS page size preferred', () => {
    expect(pdfOptions(profile('roll-50x30'))).toEqual({
      printBackground: true,
      landscape: false,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      pageSize: { width: mmToInches(50), height: mmToInches(30) },
      preferCSSPageSize: true,
    });
  });
});

describe('file names and the print route', () => {
  it('makes a document number a file name', () => {
    expect(labelFileName('labels PB/2026/11/0001', 'pdf')).toBe('labels PB-2026-11-0001.pdf');
    expect(labelFileName('..\\..:*?', 'zpl')).toBe('labels.zpl');
    expect(labelFileName('labels 2026.11.00001', 'pdf')).toBe('labels 2026.11.00001.pdf');
  });

  it('opens the print page on the job id, which the page reads back', () => {
    const id = '0b6f2f9e-8f1c-4a51-9d6e-3f1f6b7c9a20';
    const url = labelPrintUrl('app://dealpos/index.html', id);
    expect(url).toBe(`app://dealpos/index.html#labels-print/${id}`);
    expect(labelPrintJobId(new URL(url).hash)).toBe(id);
    expect(labelPrintJobId('#settings')).toBeNull();
    expect(labelPrintJobId('#labels-print/<script>')).toBeNull();
  });
});
