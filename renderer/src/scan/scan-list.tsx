import { Button, Card, Flex, Heading, Table, Text } from '@radix-ui/themes';
import { memo } from 'react';
import { formatRupiah } from '../money/format-rupiah.ts';
import type { ScanLine } from './scan-store.ts';
import { useScanText } from './use-scan-text.ts';

export interface ScanListProps {
  lines: ScanLine[];
  onClear(): void;
  onSendToLabels?(lines: ScanLine[]): void;
}

/**
 * Lines shown: the newest. A long session (hundreds of different items) kept every line in the
 * table, and each scan moved one row to its top and laid the whole table out again; the older
 * lines stay in the session (the count, "Print labels") and are summed up under the table.
 */
export const shownLines = 100;

/** The running list of this session's scans, one line per item with its count. */
export function ScanList({ lines, onClear, onSendToLabels }: ScanListProps) {
  const { t } = useScanText();
  const total = lines.reduce((sum, line) => sum + line.count, 0);
  const hidden = Math.max(0, lines.length - shownLines);
  return (
    <Card size="3" className="scan-list" data-lines={lines.length}>
      <Flex direction="column" gap="3">
        <Flex justify="between" align="center">
          <Heading size="5" as="h2">
            {t('scans')}
          </Heading>
          <Text size="3" color="gray" data-testid="scan-total">
            {t('scanCount', { n: total })}
          </Text>
        </Flex>
        {lines.length === 0 ? (
          <Text size="4" color="gray">
            {t('noScans')}
          </Text>
        ) : (
          <Table.Root size="2">
            <Table.Body>
              {lines.slice(0, shownLines).map((line) => (
                <ScanRow key={line.item.id} line={line} />
              ))}
            </Table.Body>
          </Table.Root>
        )}
        {hidden > 0 && (
          <Text size="3" color="gray" data-testid="scan-more-lines">
            {t('moreLines', { n: hidden })}
          </Text>
        )}
        <Flex gap="3" wrap="wrap">
          <Button size="3" variant="soft" color="gray" disabled={lines.length === 0} onClick={onClear}>
            {t('clear')}
          </Button>
          {onSendToLabels && (
            <Button
              size="3"
              variant="soft"
              disabled={lines.length === 0}
              onClick={() => onSendToLabels(lines)}
            >
              {t('sendToLabels')}
            </Button>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}

/**
 * One item's line. A scan changes one line (the store keeps the others' objects), so only that
 * row renders again: re-rendering every Radix row on each scan cost the scan's frame several ms.
 */
const ScanRow = memo(function ScanRow({ line }: { line: ScanLine }) {
  const { t } = useScanText();
  return (
    <Table.Row>
      <Table.Cell>
        <Text size="3" weight="medium">
          {line.item.name}
        </Text>
        <Text as="div" size="2" color="gray">
          {line.item.code}
        </Text>
      </Table.Cell>
      <Table.Cell justify="end">
        <Text size="3">{formatRupiah(line.item.unitPrice)}</Text>
      </Table.Cell>
      <Table.Cell justify="end">
        <Text size="4" weight="bold">
          {t('qty', { n: line.count })}
        </Text>
      </Table.Cell>
    </Table.Row>
  );
});
