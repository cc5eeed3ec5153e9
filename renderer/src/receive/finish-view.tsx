import { Button, Callout, Flex, Text, TextField } from '@radix-ui/themes';
import { useState } from 'react';
import { formatRupiah } from '../money/format-rupiah.ts';
import { useAppStore, useStores } from '../stores/app-stores.ts';
import { useScannerEnterBlock } from '../ui/burst-enter.ts';
import { PlainTable } from '../ui/plain-table.tsx';
import type { CountView, ReceiveCount } from './receive-count.ts';
import { toReport } from './receive-report.ts';
import { type ExportReport, ReportExportButtons } from './report-export.tsx';
import { useReceiveText } from './use-receive-text.ts';

export interface FinishViewProps {
  count: ReceiveCount;
  view: CountView;
  /** The discrepancy report's export (CSV or one-page PDF: renderer/src/receive/report/). */
  onExportReport: ExportReport;
  /** Labels for what was counted, through the labels screen's job: one per unit counted. */
  onPrintCounted(count: ReceiveCount, view: CountView): void;
}

const signed = (n: number) => (n > 0 ? `+${n.toLocaleString('id-ID')}` : n.toLocaleString('id-ID'));

/** The finished count: what differs from the document, labels for what came, the report. */
export function FinishView({ count, view, onExportReport, onPrintCounted }: FinishViewProps) {
  const t = useReceiveText();
  const { receive } = useStores();
  const done = useAppStore('receive', (s) => s.done);
  const [countedBy, setCountedBy] = useState('');
  // "Done: forget this count" is a button a stray scan's Enter must never press.
  const blockScannerEnter = useScannerEnterBlock();
  const differing = view.lines.filter((l) => l.state !== 'complete');
  const short = view.lines.filter((l) => l.state === 'short').length;
  const over = view.lines.filter((l) => l.state === 'over').length;
  const labels = view.totals.counted;
  const report = () => toReport(count, { finishedAt: Date.now(), countedBy });

  return (
    <Flex direction="column" gap="4" data-testid="receive-finished" onKeyDownCapture={blockScannerEnter}>
      <Callout.Root size="3" color={differing.length + view.unexpected.length === 0 ? 'green' : 'amber'}>
        <Callout.Text size="4" weight="bold" data-testid="receive-summary">
          {differing.length + view.unexpected.length === 0
            ? t('finished.allMatch')
            : t('finished.summary', {
                complete: view.totals.linesComplete,
                short,
                over,
                unexpected: view.unexpected.length,
              })}
        </Callout.Text>
      </Callout.Root>
      {differing.length + view.unexpected.length > 0 ? (
        <PlainTable
          frameClassName="receive-table-frame"
          className="receive-table"
          testId="receive-differences"
          columns={[
            t('table.code'),
            t('table.name'),
            { label: t('table.expected'), className: 'receive-number' },
            { label: t('table.counted'), className: 'receive-number' },
            { label: t('table.difference'), className: 'receive-number' },
            { label: t('table.value'), className: 'receive-number' },
          ]}
        >
          {differing.map((line) => {
            const difference = line.counted - line.expected;
            const price = count.document.lines[line.index]?.unitPrice ?? 0;
            return (
              <tr key={line.index} data-line={line.index} data-state={line.state}>
                <td className="receive-code">{line.code}</td>
                <td>
                  {line.name}{' '}
                  <Text color={line.state === 'over' ? 'orange' : 'amber'}>({t(`state.${line.state}`)})</Text>
                </td>
                <td className="receive-number">{line.expected.toLocaleString('id-ID')}</td>
                <td className="receive-number">{line.counted.toLocaleString('id-ID')}</td>
                <td className="receive-number receive-counted">{signed(difference)}</td>
                <td className="receive-number">{formatRupiah(difference * price)}</td>
              </tr>
            );
          })}
          {view.unexpected.map((item) => (
            <tr key={item.code} data-code={item.code} data-state="unexpected">
              <td className="receive-code">{item.code}</td>
              <td>
                {item.name ?? t('unexpected.unknownName')}{' '}
                <Text color="purple">({t('unexpected.heading')})</Text>
              </td>
              <td className="receive-number">0</td>
              <td className="receive-number">{item.counted.toLocaleString('id-ID')}</td>
              <td className="receive-number receive-counted">{signed(item.counted)}</td>
              <td className="receive-number">
                {item.unitPrice === null ? '–' : formatRupiah(item.counted * item.unitPrice)}
              </td>
            </tr>
          ))}
        </PlainTable>
      ) : null}
      <Flex direction="column" gap="1" className="receive-counted-by">
        <Text as="label" htmlFor="receive-counted-by" size="2" weight="bold">
          {t('finished.countedBy')}
        </Text>
        <TextField.Root
          id="receive-counted-by"
          size="3"
          maxLength={80}
          value={countedBy}
          onChange={(event) => setCountedBy(event.target.value)}
        />
      </Flex>
      <Flex gap="3" wrap="wrap">
        <Button size="3" disabled={labels === 0} onClick={() => onPrintCounted(count, view)}>
          {t('finished.print', { count: labels })}
        </Button>
        <ReportExportButtons report={report} exportReport={onExportReport} t={t} />
      </Flex>
      {/* Leaving the count comes apart from what it produces; forgetting it is the last button. */}
      <Flex gap="3" wrap="wrap">
        <Button size="3" variant="soft" color="gray" onClick={() => receive.getState().backToCount()}>
          {t('finished.backToCount')}
        </Button>
        <Button size="3" variant="soft" color="red" onClick={() => void done()}>
          {t('finished.done')}
        </Button>
      </Flex>
    </Flex>
  );
}
