const localeOf = (language: string) => (language === 'id' ? 'id-ID' : 'en-GB');

/** "14:05" */
export const clockTime = (at: number, language: string): string =>
  new Intl.DateTimeFormat(localeOf(language), { hour: '2-digit', minute: '2-digit' }).format(at);

/** "4 May 2026, 14:05:09" (in the language's own order). */
export const dateTime = (at: number, language: string): string =>
  new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'medium' }).format(at);

/** "4:05" for 245 seconds; "1:02:03" past an hour. */
export function countdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** Loyalty points with the language's thousands separator. */
export const points = (value: number, language: string): string =>
  new Intl.NumberFormat(localeOf(language)).format(value);

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A date as DealPOS writes it ("16 May 2018", always English) in the counter's language
 * ("16 Mei 2018"). Anything else is shown as DealPOS sent it.
 */
export function dealposDate(text: string, language: string): string {
  const match = /^(\d{1,2}) ([A-Za-z]{3}) (\d{4})$/.exec(text.trim());
  const month = months.indexOf(match?.[2]?.toLowerCase() ?? '');
  if (!match || month < 0) return text;
  const date = Date.UTC(Number(match[3]), month, Number(match[1]));
  return new Intl.DateTimeFormat(localeOf(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
