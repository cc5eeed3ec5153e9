import { csvFileName, csvText, localTime } from '../export/csv-file.ts';
import type { AuditEntry } from './customer-channels.ts';

const header = ['Time', 'Time (UTC)', 'Outlet', 'Customer code', 'Result', 'Approved by'];

/** The PIN check log as CSV, one line per entry, oldest first. */
export function auditCsv(entries: readonly AuditEntry[]): string {
  return csvText(
    header,
    entries.map((entry) => [
      localTime(entry.at),
      new Date(entry.at).toISOString(),
      entry.outlet ?? '',
      entry.customerCode,
      entry.result,
      entry.approvedBy ?? '',
    ]),
  );
}

/** "pin-checks-2026-05-04-1403.csv", in local time. */
export const auditCsvFileName = (now: number): string => csvFileName('pin-checks', now);
