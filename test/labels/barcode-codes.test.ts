import { describe, expect, it } from 'vitest';
import { gs1CheckDigit, hasValidCheckDigit } from '../../renderer/src/labels/barcode/check-digit.ts';
import { checkCode, maxCodeLength } from '../../renderer/src/labels/barcode/code-check.ts';

describe('check digits', () => {
  it('computes the GS1 check digit of EAN-13 and UPC-A codes', () => {
    expect(gs1CheckDigit('590123412345')).toBe(7);
    expect(gs1CheckDigit('400638133393')).toBe(1);
    // 9x3+9+9x3+9+9x3+9+9x3+9+9x3+9+9x3 + 8 = 215, so 5.
    expect(gs1CheckDigit('899999999999')).toBe(5);
    expect(gs1CheckDigit('03600029145')).toBe(2);
    expect(gs1CheckDigit('00000000000')).toBe(0);
  });

  it('tells a valid code from one whose last digit is wrong', () => {
    expect(hasValidCheckDigit('5901234123457')).toBe(true);
    expect(hasValidCheckDigit('5901234123458')).toBe(false);
    expect(hasValidCheckDigit('036000291452')).toBe(true);
    expect(hasValidCheckDigit('036000291453')).toBe(false);
    expect(hasValidCheckDigit('59012341234A')).toBe(false);
  });
});

describe('which barcode a code gets', () => {
  it('prints a valid 13-digit code as EAN-13 and a valid 12-digit code as UPC-A', () => {
    expect(checkCode('5901234123457')).toEqual({ printable: true, symbology: 'ean13', warning: null });
    expect(checkCode('036000291452')).toEqual({ printable: true, symbology: 'upca', warning: null });
  });

  it('prints SKUs like 1315L, 2DL-P and CR1042-M-BRU as Code 128', () => {
    for (const code of ['1315L', '2DL-P', 'CR1042-M-BRU', '12345678', '00123']) {
      expect(checkCode(code)).toEqual({ printable: true, symbology: 'code128', warning: null });
    }
  });

  it('prints a 13-digit code with a wrong check digit as Code 128, with a warning', () => {
    expect(checkCode('5901234123458')).toEqual({
      printable: true,
      symbology: 'code128',
      warning: 'bad-check-digit',
    });
    expect(checkCode('036000291453')).toEqual({
      printable: true,
      symbology: 'code128',
      warning: 'bad-check-digit',
    });
  });

  it('keeps the wrong-check-digit warning even when Code 128 is chosen for everything', () => {
    expect(checkCode('5901234123458', 'code128')).toMatchObject({
      symbology: 'code128',
      warning: 'bad-check-digit',
    });
    expect(checkCode('5901234123457', 'code128')).toEqual({
      printable: true,
      symbology: 'code128',
      warning: null,
    });
  });

  it('flags codes that cannot be printed before printing', () => {
    expect(checkCode('')).toEqual({ printable: false, problem: 'empty' });
    expect(checkCode('   ')).toEqual({ printable: false, problem: 'empty' });
    expect(checkCode('KAOS\tMERAH')).toEqual({ printable: false, problem: 'invalid-characters' });
    expect(checkCode('Ürün-01')).toEqual({ printable: false, problem: 'invalid-characters' });
    expect(checkCode('A'.repeat(maxCodeLength + 1))).toEqual({ printable: false, problem: 'too-long' });
    expect(checkCode('A'.repeat(maxCodeLength))).toMatchObject({ printable: true });
  });
});
