import { csvFileName, csvText, localTime } from '../export/csv-file.ts';
import type { ActivityEntry } from './back-office-channels.ts';

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

/** The activity log as CSV, one line per write, oldest first. */
export function activityCsv(entries: readonly ActivityEntry[]): string {
  return csvText(
    header,
    entries.map((entry) => [
      localTime(entry.at),
      new Date(entry.at).toISOString(),
      entry.counterOutlet ?? '',
      entry.action,
      entry.outlet ?? '',
      entry.document,
      entry.detail,
      entry.result,
      entry.message,
    ]),
  );
}

/** "back-office-2026-05-04-1403.csv", in local time. */
export const activityCsvFileName = (now: number): string => csvFileName('back-office', now);
