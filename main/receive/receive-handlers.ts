import type { FeatureContext } from '../core/feature-context.ts';
import type { HandlersFor } from '../ipc/channel.ts';
import type { SaveFileAnswer } from '../labels/label-channels.ts';
import type { PdfOptions } from '../labels/print-options.ts';
import type { PrinterPort } from '../labels/printer-port.ts';
import type { receiveChannels } from './receive-channels.ts';
import { receiveReportCsv, receiveReportFileName } from './report-csv.ts';
import { reportDifferences } from './report-differences.ts';
import { ReportJobs } from './report-jobs.ts';

/** What the page is told when the PDF fails on our side; the error itself goes to the app log only. */
export const reportFailedReason = 'The report could not be saved. The app log has the details.';

/** A4 portrait in inches (printToPDF's unit); the page's CSS says the same size. */
const a4Pdf: PdfOptions = {
  printBackground: true,
  landscape: false,
  margins: { top: 0, bottom: 0, left: 0, right: 0 },
  pageSize: { width: 8.267717, height: 11.692913 },
  preferCSSPageSize: true,
};

/** What receive handlers get: the app's context and a printing side whose hidden window opens the report route. */
export interface ReceiveContext extends FeatureContext {
  /** The desktop's PDF side on the report page (the desktop-only answer outside Electron). */
  reportPrinter: PrinterPort;
}

/** Discrepancy report handlers (issue #15 "Receive goods against a bill or delivery"). */
export function createReceiveHandlers(context: ReceiveContext): HandlersFor<typeof receiveChannels> {
  const jobs = new ReportJobs();
  const port = context.reportPrinter;

  return {
    'receive:report-csv': ({ report, language }) => ({
      fileName: receiveReportFileName(report, 'csv'),
      csv: receiveReportCsv(report, language),
    }),

    'receive:save-report-pdf': async ({ report, language }): Promise<SaveFileAnswer> => {
      const open = jobs.open({ report, differences: reportDifferences(report), language });
      try {
        return await port.savePdf({
          jobId: open.id,
          rendered: open.rendered,
          options: a4Pdf,
          fileName: receiveReportFileName(report, 'pdf'),
        });
      } catch (error) {
        // The page did not draw in time, the window could not open, the file could not be written.
        context.log(`receive: report PDF failed: ${error instanceof Error ? error.message : String(error)}`);
        return { kind: 'failed', reason: reportFailedReason };
      } finally {
        jobs.close(open.id);
      }
    },

    'receive:report-job': ({ jobId }) => jobs.view(jobId),
    'receive:report-rendered': ({ jobId, pages }) => {
      jobs.markRendered(jobId, pages);
      return null;
    },
  };
}
