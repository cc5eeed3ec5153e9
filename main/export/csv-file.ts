const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2026-05-04 14:03:22" in this computer's time zone (the shop's). */
export function localTime(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/**
 * One CSV field, always quoted (RFC 4180: a quote inside is doubled). Text that a spreadsheet
 * would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe: outlet names
 * and codes come from DealPOS, where anyone with back-office access can type them.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** A CSV file as Excel opens it right: a header, the rows, CRLF line ends, a UTF-8 BOM. */
export function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** "<prefix>-2026-05-04-1403.csv", in local time. */
export function csvFileName(prefix: string, now: number): string {
  const [date, time] = localTime(now).split(' ');
  return `${prefix}-${date}-${(time ?? '').slice(0, 5).replace(':', '')}.csv`;
}
