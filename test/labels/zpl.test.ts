import { beforeAll, describe, expect, it } from 'vitest';
import type { LabelProfile, PrintJobView } from '../../main/app-contract.ts';
import { builtInProfiles } from '../../main/labels/built-in-profiles.ts';
import { isSingleLabel, layoutOf } from '../../main/labels/profile-geometry.ts';
import { loadBarcodeEngine } from '../../renderer/src/labels/barcode/barcode-drawing.ts';
import { zplFor, zplText } from '../../renderer/src/labels/zpl.ts';

const profile = (id: string): LabelProfile => {
  const p = builtInProfiles.find((b) => b.id === id);
  if (!p) throw new Error(id);
  return { ...structuredClone(p), builtIn: true, single: isSingleLabel(p), layout: layoutOf(p) };
};

const job = (id = 'roll-38x25'): PrintJobView => ({
  profile: profile(id),
  outletName: 'Pluit',
  date: '2026-11-23',
  labels: [
    {
      name: 'Kaos ^Polos~',
      variant: 'L',
      code: 'CR1042-M-BRU',
      price: 89_000,
      copies: 3,
      symbology: 'code128',
    },
    { name: 'Teh Botol', variant: null, code: '5901234123457', price: 5_500, copies: 2, symbology: 'ean13' },
    { name: 'Snack', variant: null, code: '036000291452', price: 12_000, copies: 1, symbology: 'upca' },
  ],
});

beforeAll(() => loadBarcodeEngine());

describe('ZPL for Zebra printers', () => {
  it('escapes the characters ZPL reads as commands', () => {
    expect(zplText('50% ^off~ \\ now')).toBe('50% \\5Eoff\\7E \\5C now');
  });

  it('writes one format per line, with its copies, sized to the label at 203 dpi', () => {
    const zpl = zplFor(job());
    const formats = zpl.split('^XZ').filter((f) => f.trim());
    expect(formats).toHaveLength(3);
    expect(formats[0]).toContain('^PW304^LL200');
    expect(formats[0]).toContain('^PQ3,0,1,Y');
    expect(formats[1]).toContain('^PQ2,0,1,Y');
    expect(formats[0]).toContain('^FDKaos \\5EPolos\\7E^FS');
    expect(formats[0]).toContain('^BCN,');
    expect(formats[0]).toContain('^FDCR1042-M-BRU^FS');
    expect(formats[0]).toContain('^FDRp\u00a089.000^FS');
  });

  it('gives EAN-13 and UPC-A codes their own barcode commands, check digit left to the printer', () => {
    const zpl = zplFor(job());
    expect(zpl).toMatch(/\^BEN,\d+,N,N\^FD590123412345\^FS/);
    expect(zpl).toMatch(/\^BUN,\d+,N,N,N\^FD03600029145\^FS/);
  });

  it('uses UTF-8 so Indonesian names print as typed', () => {
    expect(zplFor(job())).toContain('^CI28');
  });

  it('refuses a sheet profile: ZPL is for rolls', () => {
    expect(() => zplFor(job('a4-3x8'))).toThrow(/roll/);
  });
});
