import { z } from 'zod';
import { channel } from '../ipc/channel.ts';
import type { SaveFileAnswer } from '../labels/label-channels.ts';
import type { Language } from '../settings/settings-repository.ts';
import { languageSchema } from '../settings/settings-repository.ts';
import type { ReceiveReport } from './receive-report-model.ts';
import { receiveReportSchema } from './receive-report-schema.ts';
import type { ReportDifferences } from './report-differences.ts';

// Receiving goods against a bill or a delivery (issue #15): the discrepancy report of a finished
// count, as CSV and as a one-page PDF, in English or Indonesian. The count itself lives in the page.

export type { ReceiveReport, ReceiveReportLine, UnexpectedItem } from './receive-report-model.ts';
export type {
  DifferenceRow,
  DifferenceState,
  DifferenceTotals,
  ReportDifferences,
} from './report-differences.ts';

/** A report and the language its texts are in. */
export const reportExportInput = z.object({ report: receiveReportSchema, language: languageSchema }).strict();

/** The report's CSV as the page downloads it, like the app's other CSV exports. */
export interface ReportCsvFile {
  fileName: string;
  csv: string;
}

/** What the hidden report page draws: the report, its differences worked out by main, the language. */
export interface ReportJobView {
  report: ReceiveReport;
  differences: ReportDifferences;
  language: Language;
}

const jobInput = z.object({ jobId: z.uuid() }).strict();
const renderedInput = z.object({ jobId: z.uuid(), pages: z.number().int().min(0).max(100) }).strict();

export const receiveChannels = {
  /** The report as CSV (main builds it; the page hands it to the browser as a download). */
  'receive:report-csv': channel<ReportCsvFile>()(reportExportInput),
  /** The report as a one-page A4 PDF, saved where the person chooses. */
  'receive:save-report-pdf': channel<SaveFileAnswer>()(reportExportInput),
  /** For the hidden report page: the report it is to draw, or null once the job is over. */
  'receive:report-job': channel<ReportJobView | null>()(jobInput),
  /** The hidden report page has drawn its page(s). */
  'receive:report-rendered': channel<null>()(renderedInput),
} as const;

// biome-ignore lint/complexity/noBannedTypes: no events
export type ReceiveEvents = {};
