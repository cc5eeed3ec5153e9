/**
 * The longest error text kept or shown. DealPOS's own messages are a sentence or two; an error
 * body can be a whole HTML page (ky reads up to 10 MiB of one), or junk from a host pretending
 * to be DealPOS.
 */
export const textLimit = 500;

// Control and format characters (C0/C1, bidi overrides, zero-width): a message shows as text,
// never as terminal escapes or text that reads backwards.
const unprintable = /[\p{Cc}\p{Cf}\u2028\u2029]+/gu;

/**
 * `text` as a person may be shown it: unprintable characters turned into spaces, runs of spaces
 * folded, and at most `textLimit` characters (ending in "…" when cut).
 */
export function boundedText(text: string): string {
  // Only a bounded prefix is cleaned: the work stays small whatever arrived.
  const clean = text
    .slice(0, textLimit * 4)
    .replace(unprintable, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (clean.length <= textLimit) return clean;
  // Never end on half of a surrogate pair.
  return `${clean.slice(0, textLimit - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
}
