import { Button, Card, Flex } from '@radix-ui/themes';
import { memo, useCallback, useRef } from 'react';
import './scan-list.css';
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

/**
 * The running list of this session's scans, one line per item with its count. A scan renders
 * the count, the one changed row and the note under the table; the card, its heading and its
 * buttons stay as they were (memoised), and the rows are a plain fixed-layout table in a box of
 * its own (scan-list.css), so a new row never lays out the rest of the screen again.
 */
export const ScanList = memo(function ScanList({ lines, onClear, onSendToLabels }: ScanListProps) {
  const total = lines.reduce((sum, line) => sum + line.count, 0);
  const hidden = Math.max(0, lines.length - shownLines);
  // The buttons keep one callback for the whole session: it reads the lines when pressed.
  const current = useRef(lines);
  current.current = lines;
  const send = useCallback(() => onSendToLabels?.(current.current), [onSendToLabels]);
  return (
    <Card size="3" className="scan-list" data-lines={lines.length}>
      <div className="scan-list-body">
        <ScanListHeading total={total} />
        <ScanRows lines={lines} hidden={hidden} />
        <ScanListActions
          empty={lines.length === 0}
          onClear={onClear}
          {...(onSendToLabels ? { onSend: send } : {})}
        />
      </div>
    </Card>
  );
});

function ScanListHeading({ total }: { total: number }) {
  const { t } = useScanText();
  return (
    <div className="scan-list-heading">
      <h2>{t('scans')}</h2>
      <span data-testid="scan-total">{t('scanCount', { n: total })}</span>
    </div>
  );
}

/**
 * The rows shown and the note on the rest (also rendered once, hidden, to warm up). The newest
 * lines are shown first, but the DOM keeps each row where it was first put (by `firstScan`) and
 * a CSS `order` puts it in place: a scan of an item already listed changes that row's order,
 * where moving it to the top of the DOM made React move every row above it (the 500-item
 * list: dozens of rows re-inserted and laid out on each scan, bench/SCAN-TRACE.md).
 */
export function ScanRows({ lines, hidden }: { lines: ScanLine[]; hidden: number }) {
  const { t } = useScanText();
  if (lines.length === 0) return <p className="scan-list-empty">{t('noScans')}</p>;
  const shown = lines.slice(0, shownLines);
  const inPlace = [...shown].sort((a, b) => (a.firstScan ?? 0) - (b.firstScan ?? 0));
  return (
    <>
      <ol className="scan-list-rows" aria-label={t('scans')}>
        {inPlace.map((line) => (
          <ScanRow key={line.item.id} line={line} />
        ))}
      </ol>
      {hidden > 0 && (
        <p className="scan-list-more" data-testid="scan-more-lines">
          {t('moreLines', { n: hidden })}
        </p>
      )}
    </>
  );
}

const ScanListActions = memo(function ScanListActions({
  empty,
  onClear,
  onSend,
}: {
  empty: boolean;
  onClear(): void;
  onSend?(): void;
}) {
  const { t } = useScanText();
  return (
    <Flex gap="3" wrap="wrap">
      <Button size="3" variant="soft" color="gray" disabled={empty} onClick={onClear}>
        {t('clear')}
      </Button>
      {onSend && (
        <Button size="3" variant="soft" disabled={empty} onClick={onSend}>
          {t('sendToLabels')}
        </Button>
      )}
    </Flex>
  );
});

/**
 * One item's line. A scan changes one line (the store keeps the others' objects), so only that
 * row renders again, as plain elements: re-rendering Radix rows cost the scan's frame several
 * ms. A list item, not a table row: a row put in at a table's top made Chromium lay out every
 * row below it again (bench/SCAN-TRACE.md).
 */
const ScanRow = memo(function ScanRow({ line }: { line: ScanLine }) {
  const { t } = useScanText();
  return (
    <li className="scan-row" style={line.lastScan === undefined ? undefined : { order: -line.lastScan }}>
      <span className="scan-row-item">
        <span className="scan-row-name">{line.item.name}</span>
        <span className="scan-row-code">{line.item.code}</span>
      </span>
      <span className="scan-row-price">{formatRupiah(line.item.unitPrice)}</span>
      <span className="scan-row-count">{t('qty', { n: line.count })}</span>
    </li>
  );
});
