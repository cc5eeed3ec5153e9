/**
 * Reads a price as a person types it at an Indonesian desk: "150000", "150.000", "Rp 150.000",
 * "150,000" or "150.000,00". Returns whole rupiah, or null for anything else (cents, letters,
 * a minus sign, nothing at all).
 */
export function parseRupiah(typed: string): number | null {
  let text = typed
    .trim()
    .replace(/^rp\.?\s*/i, '')
    .replace(/\s/g, '');
  // "150.000,00" or "150.000,-": the decimal part of a whole amount.
  text = text.replace(/,(00|-)$/, '');
  if (text === '') return null;
  // Either dots or commas group thousands (both appear on receipts); only in groups of three.
  if (!/^\d{1,3}([.,]\d{3})*$/.test(text) && !/^\d+$/.test(text)) return null;
  const value = Number(text.replace(/[.,]/g, ''));
  return Number.isSafeInteger(value) && value <= 1_000_000_000_000 ? value : null;
}
