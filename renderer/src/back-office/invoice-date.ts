import { dealposDate } from '../i18n/format-time.ts';

const localeOf = (language: string) => (language === 'id' ? 'id-ID' : 'en-GB');

/**
 * An invoice's date as DealPOS writes it ("2026-11-03T10:15:00.0000000+07:00", the store's own
 * clock) in the counter's language: "3 Nov 2026, 10:15". The wall-clock time is kept as written,
 * not moved to this PC's time zone: it is the time on the receipt. Anything else goes through
 * dealposDate, or is shown as DealPOS sent it.
 */
export function invoiceDate(text: string, language: string): string {
  const parts = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})T(?<h>\d{2}):(?<min>\d{2})/.exec(text.trim())?.groups;
  if (!parts) return dealposDate(text, language);
  const at = Date.UTC(
    Number(parts.y),
    Number(parts.m) - 1,
    Number(parts.d),
    Number(parts.h),
    Number(parts.min),
  );
  if (Number.isNaN(at)) return text;
  return new Intl.DateTimeFormat(localeOf(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(at);
}
