import { Button, Callout, Flex, Select, Spinner, Text } from '@radix-ui/themes';
import type { LabelProfile } from '../bridge/contract.ts';
import { useAppStore } from '../stores/app-stores.ts';
import type { OutputOutcome } from './labels-state.ts';
import { type LabelsText, useLabelsText } from './use-labels-text.ts';

const dialogValue = '\u0000dialog';

function Outcome({ outcome, t }: { outcome: OutputOutcome; t: LabelsText }) {
  const text = (() => {
    switch (outcome.kind) {
      case 'printed':
        return t('print.printed', { pages: outcome.pages });
      case 'saved':
        return t('print.saved', { path: outcome.path });
      case 'cancelled':
        return t('print.cancelled');
      case 'failed':
        return t('print.failed', { reason: outcome.reason });
      case 'unavailable':
        return t('print.unavailable');
      case 'busy':
        return t('print.busy');
      case 'error':
        return t('print.failed', { reason: outcome.error.message });
    }
  })();
  const good = outcome.kind === 'printed' || outcome.kind === 'saved';
  const color = good
    ? 'green'
    : outcome.kind === 'cancelled'
      ? 'gray'
      : outcome.kind === 'unavailable' || outcome.kind === 'busy'
        ? 'amber'
        : 'red';
  return (
    <Callout.Root color={color} size="1" role={good ? 'status' : 'alert'} data-outcome={outcome.kind}>
      <Callout.Text>{text}</Callout.Text>
    </Callout.Root>
  );
}

/** Printer choice, Print, Save as PDF, Save ZPL, and how the last one went. */
export function PrintActions({ labels, profile }: { labels: number; profile: LabelProfile | null }) {
  const t = useLabelsText();
  const printers = useAppStore('labels', (s) => s.printers);
  const printerName = useAppStore('labels', (s) => s.printerName);
  const busy = useAppStore('labels', (s) => s.busy);
  const outcome = useAppStore('labels', (s) => s.outcome);
  const choosePrinter = useAppStore('labels', (s) => s.choosePrinter);
  const print = useAppStore('labels', (s) => s.print);
  const savePdf = useAppStore('labels', (s) => s.savePdf);
  const saveZpl = useAppStore('labels', (s) => s.saveZpl);
  const nothing = labels === 0 || busy !== null;

  return (
    <Flex direction="column" gap="2">
      <Flex gap="3" align="end" wrap="wrap">
        {printers.available ? (
          <Flex direction="column" gap="1" flexGrow="1" minWidth="220px">
            <Text as="label" size="2" weight="bold" id="labels-printer">
              {t('print.printer')}
            </Text>
            <Select.Root
              size="3"
              value={printerName ?? dialogValue}
              onValueChange={(value) => choosePrinter(value === dialogValue ? null : value)}
            >
              <Select.Trigger aria-labelledby="labels-printer" />
              <Select.Content>
                <Select.Item value={dialogValue}>{t('print.dialog')}</Select.Item>
                {printers.printers.map((printer) => (
                  <Select.Item key={printer.name} value={printer.name}>
                    {printer.isDefault
                      ? t('print.default', { name: printer.displayName })
                      : printer.displayName}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select.Root>
          </Flex>
        ) : null}
        <Flex gap="3" wrap="wrap">
          <Button size="4" disabled={nothing} onClick={() => void print()}>
            {busy === 'print' ? <Spinner /> : null}
            {busy === 'print' ? t('print.printing') : t('print.print', { count: labels })}
          </Button>
          <Button size="4" variant="soft" disabled={nothing} onClick={() => void savePdf()}>
            {busy === 'pdf' ? <Spinner /> : null}
            {busy === 'pdf' ? t('print.saving') : t('print.pdf')}
          </Button>
          <Button
            size="4"
            variant="soft"
            color="gray"
            disabled={nothing || !profile?.single}
            title={profile?.single ? undefined : t('print.zplSheets')}
            onClick={() => void saveZpl()}
          >
            {busy === 'zpl' ? <Spinner /> : null}
            {t('print.zpl')}
          </Button>
        </Flex>
      </Flex>
      {outcome ? <Outcome outcome={outcome} t={t} /> : null}
    </Flex>
  );
}
