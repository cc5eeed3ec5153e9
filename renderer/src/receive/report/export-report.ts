import type {
  DealposBridge,
  IpcResult,
  Language,
  ReceiveReport,
  SaveFileAnswer,
} from '../../bridge/contract.ts';
import { dealposBridge } from '../../bridge/dealpos-bridge.ts';
import { downloadCsv } from '../../export/download-csv.ts';

export type ReportFormat = 'csv' | 'pdf';

/**
 * What became of an export: the PDF `saved` where the person chose (or `cancelled`, `busy`,
 * `failed`, `unavailable` outside the desktop app); the CSV handed to the browser as a download
 * under `fileName`, like the app's other CSV exports.
 */
export type ReportExportAnswer = SaveFileAnswer | { kind: 'downloaded'; fileName: string };

export interface ReportExportDeps {
  bridge: Pick<DealposBridge, 'invoke'>;
  /** The document the CSV download is started from. */
  document: Document;
}

/**
 * The discrepancy report of a finished count as CSV or as a one-page A4 PDF, in `language`
 * (the count screen's `onExportReport(report, format)` calls this with the app's language).
 * Main checks the report at the border and makes both files; an IPC failure comes back as is.
 */
export async function exportReceiveReport(
  report: ReceiveReport,
  format: ReportFormat,
  language: Language,
  deps: ReportExportDeps = { bridge: dealposBridge(), document },
): Promise<IpcResult<ReportExportAnswer>> {
  if (format === 'pdf') return deps.bridge.invoke('receive:save-report-pdf', { report, language });
  const result = await deps.bridge.invoke('receive:report-csv', { report, language });
  if (!result.ok) return result;
  downloadCsv(result.value, deps.document);
  return { ok: true, value: { kind: 'downloaded', fileName: result.value.fileName } };
}
