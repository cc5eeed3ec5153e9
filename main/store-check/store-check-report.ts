import { localTime } from '../export/csv-file.ts';
import type { StoreCheckReportFile, StoreCheckRun } from './store-check-channels.ts';

/**
 * The file an admin saves and may send to us: for each read, its route, the answer's status,
 * what the check found and what the app will do, and the answer's field names and JSON types.
 * Deliberately left out: the store address, the client ID and secret, the token, DealPOS's
 * messages (they can quote outlet names), row counts, and every value of every answer.
 */
export function storeCheckReport(run: StoreCheckRun, appVersion: string): StoreCheckReportFile {
  const report = {
    report: 'DealPOS Companion store check',
    appVersion,
    mode: run.plan.mode,
    checkedAt: new Date(run.startedAt).toISOString(),
    requestsAnnounced: run.plan.requests,
    requestsSpent: run.spent,
    reads: run.results.map((r) => ({
      operation: r.operation,
      feature: r.feature,
      status: r.status,
      finding: r.finding,
      verdict: r.verdict,
      fallback: r.fallback,
      envelope: r.shape?.envelope ?? null,
      recordsCount: r.shape?.recordsCount ?? null,
      fields: r.shape?.fields ?? null,
      fieldsPartial: r.shape?.partial ?? false,
      schemaIssues: r.issues,
    })),
  };
  const [date, time] = localTime(run.startedAt).split(' ');
  return {
    fileName: `store-check-${date}-${(time ?? '').slice(0, 5).replace(':', '')}.json`,
    json: `${JSON.stringify(report, null, 2)}\n`,
  };
}
