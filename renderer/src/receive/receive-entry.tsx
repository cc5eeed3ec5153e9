import { Button, Flex, Text } from '@radix-ui/themes';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelDocument, Language } from '../bridge/contract.ts';
import { useAppStore, useStores } from '../stores/app-stores.ts';
import { useScannerEnterBlock } from '../ui/burst-enter.ts';
import { SectionCard } from '../ui/section-card.tsx';
import { type CountView, countIdOf, type ReceiveCount, viewOf } from './receive-count.ts';
import { ReceiveScreen } from './receive-screen.tsx';
import { exportReceiveReport } from './report/export-report.ts';
import { useReceiveText } from './use-receive-text.ts';

/** Whether a count is open: the Labels tab then shows it instead of the label job. */
export const useReceiving = () => useAppStore('receive', (s) => s.phase !== 'closed');

/** "Check received goods" for the looked-up bill or delivery. */
export function CheckReceivedButton({ document }: { document: LabelDocument }) {
  const t = useReceiveText();
  const open = useAppStore('receive', (s) => s.open);
  return (
    <Flex align="center" gap="3" wrap="wrap" mb="4">
      <Button size="3" color="green" onClick={() => void open(document)}>
        {t('check')}
      </Button>
      <Text size="2" color="gray">
        {t('checkHint')}
      </Text>
    </Flex>
  );
}

/** Counts saved on this PC and not done yet: one click carries on where it stopped. */
export function CountsInProgress() {
  const t = useReceiveText();
  const inProgress = useAppStore('receive', (s) => s.inProgress);
  const resume = useAppStore('receive', (s) => s.resume);
  const discard = useAppStore('receive', (s) => s.discard);
  const load = useAppStore('receive', (s) => s.loadInProgress);
  // Each count has a Discard button: a stray scan's Enter must never press it.
  const blockScannerEnter = useScannerEnterBlock();
  useEffect(() => void load(), [load]);
  if (inProgress.length === 0) return null;
  return (
    <div onKeyDownCapture={blockScannerEnter}>
      <SectionCard title={t('inProgress.heading')} gap="3" testId="receive-in-progress">
        {inProgress.map((count) => {
          const { totals } = viewOf(count);
          const { number } = count.document;
          return (
            <Flex key={count.id} gap="2" align="center" wrap="wrap">
              <Button
                size="2"
                variant="soft"
                aria-label={t('inProgress.resume', { number })}
                onClick={() => void resume(count.id)}
              >
                <Text weight="bold">{number}</Text>
                <Text>
                  {t(count.document.kind)} · {count.document.outlet} ·{' '}
                  {t('inProgress.units', { counted: totals.counted, expected: totals.expected })}
                </Text>
              </Button>
              <Button
                size="1"
                variant="ghost"
                color="red"
                aria-label={t('inProgress.discardCount', { number })}
                onClick={() => void discard(count.id)}
              >
                {t('inProgress.discard')}
              </Button>
            </Flex>
          );
        })}
      </SectionCard>
    </div>
  );
}

/**
 * The count on the Labels tab. Its labels go through the labels screen's own job: the counted
 * document opened there with one label per unit counted, ready for Print or Save as PDF.
 */
export function ReceiveOnLabels() {
  const { labels, receive } = useStores();
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'id' ? 'id' : 'en';
  const printCounted = (count: ReceiveCount, view: CountView) => {
    const job = labels.getState();
    if (!job.document || job.fromScans || countIdOf(job.document) !== count.id)
      job.openRecent(count.document);
    for (const line of view.lines) labels.getState().setCopies(String(line.index), line.counted);
    receive.getState().close();
  };
  return (
    <ReceiveScreen
      onPrintCounted={printCounted}
      onExportReport={(report, format) => exportReceiveReport(report, format, language)}
    />
  );
}
