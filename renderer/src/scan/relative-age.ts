/** One formatter per language: building one costs more than the formatting, and a scan needs one. */
const formats = new Map<string, Intl.RelativeTimeFormat>();

const formatFor = (language: string) => {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
    formats.set(language, format);
  }
  return format;
};

/** "3 hours ago" / "3 jam yang lalu" for an age in ms, in the screen's language. */
export function relativeAge(ms: number, language: string): string {
  const format = formatFor(language);
  const minutes = Math.round(ms / 60_000);
  // "now" rather than "this minute": a figure read moments ago.
  if (minutes === 0) return format.format(0, 'second');
  if (Math.abs(minutes) < 60) return format.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 48) return format.format(-hours, 'hour');
  return format.format(-Math.round(hours / 24), 'day');
}
