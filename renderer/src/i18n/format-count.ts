/**
 * Whole numbers in the screen's language ("1.500" / "1,500"). `toLocaleString(language)` builds
 * a new formatter on every call (a fraction of a ms each, on every scan); one per language is kept.
 */
const formats = new Map<string, Intl.NumberFormat>();

export function formatCount(n: number, language: string): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language);
    formats.set(language, format);
  }
  return format.format(n);
}
