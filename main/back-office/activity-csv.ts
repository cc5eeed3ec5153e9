import { csvField, localTime } from '../customers/audit-csv.ts';
import type { ActivityEntry } from '../ipc/channels/back-office.ts';

const header = [
  'Time',
  'Time (UTC)',
  'Counter outlet',
  'Action',
  'Outlet',
  'Document',
  'Details',
  'Result',
  'Message',
];

/** The activity log as CSV: a header, then one line per write, oldest first, CRLF, a UTF-8 BOM for Excel. */
export function activityCsv(entries: readonly ActivityEntry[]): string {
  const rows = entries.map((entry) => [
    localTime(entry.at),
    new Date(entry.at).toISOString(),
    entry.counterOutlet ?? '',
    entry.action,
    entry.outlet ?? '',
    entry.document,
    entry.detail,
    entry.result,
    entry.message,
  ]);
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** "back-office-2026-05-04-1403.csv", in local time. */
export function activityCsvFileName(now: number): string {
  const [date, time] = localTime(now).split(' ');
  return `back-office-${date}-${(time ?? '').slice(0, 5).replace(':', '')}.csv`;
}
