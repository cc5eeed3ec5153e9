import type { Symbology } from '../../bridge/contract.ts';
import { hasValidCheckDigit } from './check-digit.ts';

/** Longest code put on a label: Code 128 of more would be too dense on any label here. */
export const maxCodeLength = 48;

/** Why a code cannot be printed at all. */
export type CodeProblem = 'empty' | 'invalid-characters' | 'too-long';

/** A code that prints, but not the way one would expect. */
export type CodeWarning =
  /** 12 or 13 digits with a wrong check digit: printed as Code 128, not as EAN/UPC. */
  'bad-check-digit';

export type CodeCheck =
  | { printable: true; symbology: Symbology; warning: CodeWarning | null }
  | { printable: false; problem: CodeProblem };

// Code 128 encodes all of ASCII, but a control character in a label scans as a keystroke
// (Tab, Enter) on a keyboard-wedge scanner, and non-ASCII letters come out differently on
// every scanner's keyboard layout. Printable ASCII is what scans back as the same code.
const printableAscii = /^[\x20-\x7e]+$/;

/**
 * Which barcode a code gets. `auto`: EAN-13 for 13 digits and UPC-A for 12 digits with a valid
 * check digit (what a supermarket scanner expects on retail goods), Code 128 for everything
 * else. `code128`: Code 128 always. A 12/13-digit code with a wrong check digit is most likely
 * a typo in DealPOS; it still prints exactly as DealPOS holds it, as Code 128, with a warning.
 */
export function checkCode(code: string, preference: 'auto' | 'code128' = 'auto'): CodeCheck {
  if (code.trim().length === 0) return { printable: false, problem: 'empty' };
  if (!printableAscii.test(code)) return { printable: false, problem: 'invalid-characters' };
  if (code.length > maxCodeLength) return { printable: false, problem: 'too-long' };
  const gtinLength = /^\d{12,13}$/.test(code);
  if (!gtinLength) return { printable: true, symbology: 'code128', warning: null };
  if (!hasValidCheckDigit(code)) return { printable: true, symbology: 'code128', warning: 'bad-check-digit' };
  if (preference === 'code128') return { printable: true, symbology: 'code128', warning: null };
  return { printable: true, symbology: code.length === 13 ? 'ean13' : 'upca', warning: null };
}
