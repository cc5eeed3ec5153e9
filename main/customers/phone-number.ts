// Indonesian mobile numbers are 08 followed by 8 to 11 digits (10 to 13 digits in all).
const storedForm = /^08\d{8,11}$/;

/**
 * Turns a mobile number as an Indonesian customer says or writes it ("+62 812-7953-1027",
 * "0812 7953 1027", "62812.7953.1027", "(0812) 79531027", "+62 0812...", "812 7953 1027") into
 * the form DealPOS stores and matches exactly: "081279531027". Returns null for anything that is
 * not an Indonesian mobile number (letters, a landline like 021-..., too short or too long).
 */
export function normalizeMobilePhone(written: string): string | null {
  const compact = written.trim().replace(/[\s\-.()]/g, '');
  const digits = compact.startsWith('+') ? compact.slice(1) : compact;
  if (!/^\d+$/.test(digits)) return null;
  let national: string;
  if (digits.startsWith('62')) {
    // "+62 0812..." happens: the trunk 0 written after the country code.
    const rest = digits.slice(2);
    national = rest.startsWith('0') ? rest : `0${rest}`;
  } else if (compact.startsWith('+')) {
    return null; // another country
  } else if (digits.startsWith('8')) {
    national = `0${digits}`;
  } else {
    national = digits;
  }
  return storedForm.test(national) ? national : null;
}
