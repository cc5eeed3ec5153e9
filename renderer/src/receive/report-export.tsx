import { Button, Callout } from '@radix-ui/themes';
import { useState } from 'react';
import type { IpcResult, ReceiveReport } from '../bridge/contract.ts';
import type { ReportExportAnswer, ReportFormat } from './report/export-report.ts';
import type { ReceiveText } from './use-receive-text.ts';

/** The discrepancy report's export as the finish view calls it (renderer/src/receive/report/). */
export type ExportReport = (
  report: ReceiveReport,
  format: ReportFormat,
) => Promise<IpcResult<ReportExportAnswer>>;

type Outcome = ReportExportAnswer | { kind: 'error'; message: string };

function outcomeText(outcome: Outcome, t: ReceiveText): string {
  switch (outcome.kind) {
    case 'saved':
      return t('report.saved', { path: outcome.path });
    case 'downloaded':
      return t('report.downloaded', { fileName: outcome.fileName });
    case 'cancelled':
      return t('report.cancelled');
    case 'busy':
      return t('report.busy');
    case 'unavailable':
      return t('report.unavailable');
    case 'failed':
      return t('report.failed', { reason: outcome.reason });
    case 'error':
      return t('report.failed', { reason: outcome.message });
  }
}

const colorOf = (outcome: Outcome) =>
  outcome.kind === 'saved' || outcome.kind === 'downloaded'
    ? 'green'
    : outcome.kind === 'cancelled'
      ? 'gray'
      : outcome.kind === 'busy' || outcome.kind === 'unavailable'
        ? 'amber'
        : 'red';

/**
 * "Report as CSV" / "Report as PDF" on the finish view, and what became of the last export: the
 * PDF's saved path, the CSV's file name, or why not. One export at a time: the buttons wait.
 */
export function ReportExportButtons(props: {
  report: () => ReceiveReport;
  exportReport: ExportReport;
  t: ReceiveText;
}) {
  const { t } = props;
  const [working, setWorking] = useState<ReportFormat | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const run = async (format: ReportFormat) => {
    setWorking(format);
    setOutcome(null);
    try {
      const result = await props.exportReport(props.report(), format);
      setOutcome(result.ok ? result.value : { kind: 'error', message: result.error.message });
    } catch (error) {
      setOutcome({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setWorking(null);
    }
  };
  return (
    <>
      <Button
        size="3"
        variant="soft"
        loading={working === 'csv'}
        disabled={working !== null}
        onClick={() => void run('csv')}
      >
        {t('finished.exportCsv')}
      </Button>
      <Button
        size="3"
        variant="soft"
        loading={working === 'pdf'}
        disabled={working !== null}
        onClick={() => void run('pdf')}
      >
        {t('finished.exportPdf')}
      </Button>
      {outcome ? (
        <Callout.Root
          size="1"
          color={colorOf(outcome)}
          role={colorOf(outcome) === 'green' ? 'status' : 'alert'}
          data-report-outcome={outcome.kind}
          style={{ flexBasis: '100%' }}
        >
          <Callout.Text>{outcomeText(outcome, t)}</Callout.Text>
        </Callout.Root>
      ) : null}
    </>
  );
}
