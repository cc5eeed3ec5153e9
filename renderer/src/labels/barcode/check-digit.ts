/**
 * The GS1 (mod 10) check digit of `body`, the digits before it: 12 for EAN-13, 11 for UPC-A.
 * Weights 3 and 1 alternate from the rightmost digit of the body.
 */
export function gs1CheckDigit(body: string): number {
  if (!/^\d+$/.test(body)) throw new RangeError(`Not a string of digits: "${body}"`);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** Whether `code` is all digits and ends in the right GS1 check digit (EAN-13, UPC-A, EAN-8). */
export function hasValidCheckDigit(code: string): boolean {
  if (!/^\d{2,}$/.test(code)) return false;
  return gs1CheckDigit(code.slice(0, -1)) === Number(code.at(-1));
}
