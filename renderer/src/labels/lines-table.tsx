import { Badge, Button, Flex, Heading, Text } from '@radix-ui/themes';
import { memo, useEffect, useMemo, useState } from 'react';
import type { LabelProfile, PriceSource } from '../bridge/contract.ts';
import { formatRupiah } from '../money/format-rupiah.ts';
import { useAppStore } from '../stores/app-stores.ts';
import { PlainTable } from '../ui/plain-table.tsx';
import { type BarFix, type BarRoom, barRoomOf, type ThinBars, thinBars } from './barcode/thin-bars.ts';
import { copiesFrom, type JobRow, type JobTotals } from './job-lines.ts';
import { labelPriceText } from './label-text.ts';
import { type LabelsText, useLabelsText } from './use-labels-text.ts';
import { useThinLineCount } from './use-thin-line-count.ts';

// The rows are plain elements with the screen's own CSS: a document can have hundreds of lines,
// and Radix's Table, Checkbox and Badge cost a style recalculation or a props pass per cell.

function priceNotes(row: JobRow, source: PriceSource, t: LabelsText): string[] {
  const { price } = row;
  const notes: string[] = [];
  if (price.fallback && price.origin === 'selling') notes.push(t('lines.sellingPrice'));
  else if (price.fallback) notes.push(t(source === 'outlet' ? 'lines.notInDealpos' : 'lines.notInCatalog'));
  for (const other of price.differing) {
    const amount = formatRupiah(other.amount);
    if (other.origin === 'document') notes.push(t('lines.documentPrice', { price: amount }));
    if (other.origin === 'catalog') notes.push(t('lines.catalogPrice', { price: amount }));
    if (other.origin === 'outlet') notes.push(t('lines.outletPrice', { price: amount }));
  }
  return notes;
}

/** Bar room on the chosen label size and on every other one (for the fix on offer). */
interface BarRooms {
  current: BarRoom;
  all: BarRoom[];
}

function codeNotes(row: JobRow, t: LabelsText) {
  const { check } = row;
  const notes: { kind: 'problem' | 'warning'; text: string; code: string }[] = [];
  if (!check.printable) {
    notes.push({ kind: 'problem', text: t(`lines.unprintable.${check.problem}`), code: check.problem });
    return notes;
  }
  if (check.warning === 'bad-check-digit') {
    notes.push({ kind: 'warning', text: t('lines.badCheckDigit'), code: 'bad-check-digit' });
  }
  return notes;
}

/** The line's bars on the chosen label size, when too thin to scan. */
export function thinBarsOf(row: JobRow, rooms: BarRooms | null): ThinBars | null {
  if (!rooms || !row.check.printable) return null;
  return thinBars(row.line.code, row.check.symbology, rooms.current, rooms.all);
}

/** A line's thin bars by code, each code worked out once per set of label sizes (copies do not change it). */
type ThinOf = (row: JobRow) => ThinBars | null;

function thinBarsMemo(rooms: BarRooms | null): ThinOf {
  const known = new Map<string, ThinBars | null>();
  return (row) => {
    if (!rooms || !row.check.printable) return null;
    const key = `${row.check.symbology}\u0000${row.line.code}`;
    let thin = known.get(key);
    if (thin === undefined) {
      thin = thinBarsOf(row, rooms);
      known.set(key, thin);
    }
    return thin;
  };
}

// Rounded here, written by i18next in the language's own way: "0.21" in English, "0,21" in Bahasa.
const mmText = (mm: number) => Math.round(mm * 100) / 100;
const symbologyName = { ean13: 'EAN-13', upca: 'UPC-A' } as const;

/** Too-thin bars: how wide they are, and a button that applies the fix (or what to do when none fits). */
function ThinBarsNote({ thin, t, applyFix }: { thin: ThinBars; t: LabelsText; applyFix(fix: BarFix): void }) {
  const { fix } = thin;
  return (
    <span className="labels-note labels-note-warning" data-code-warning="thin-bars">
      {t('lines.thinBars', { width: mmText(thin.moduleMm) })}
      {fix ? (
        <button
          type="button"
          className="labels-fix"
          data-fix={fix.kind === 'profile' ? fix.profileId : fix.symbology}
          onClick={() => applyFix(fix)}
        >
          {fix.kind === 'profile'
            ? t('lines.fixProfile', { profile: fix.profileName, width: mmText(fix.moduleMm) })
            : t('lines.fixSymbology', {
                symbology: symbologyName[fix.symbology],
                width: mmText(fix.moduleMm),
              })}
        </button>
      ) : (
        <span className="labels-fix-none">{t('lines.thinBarsNoFix')}</span>
      )}
    </span>
  );
}

interface RowProps {
  row: JobRow;
  source: PriceSource;
  thinOf: ThinOf;
  t: LabelsText;
  applyFix(fix: BarFix): void;
  setCopies(key: string, copies: number): void;
}

/** Whether a line would draw the same: rows are derived afresh on every change of the job. */
function sameLine(a: RowProps, b: RowProps): boolean {
  const [x, y] = [a.row, b.row];
  return (
    a.source === b.source &&
    a.thinOf === b.thinOf &&
    a.t === b.t &&
    x.line === y.line &&
    x.copies === y.copies &&
    x.printing === y.printing &&
    x.name === y.name &&
    x.variant === y.variant &&
    JSON.stringify(x.check) === JSON.stringify(y.check) &&
    JSON.stringify(x.price) === JSON.stringify(y.price)
  );
}

/** One line; memoised, so typing copies on one line re-renders that line only. */
const LineRow = memo(function LineRow({ row, source, thinOf, t, applyFix, setCopies }: RowProps) {
  const notes = row.price.pending ? [] : priceNotes(row, source, t);
  const thin = thinOf(row);
  return (
    <tr data-line={row.key} data-printing={row.printing}>
      <th scope="row">
        <span className="labels-strong">{row.name}</span>
        {row.variant ? <span className="labels-muted"> · {row.variant}</span> : null}
      </th>
      <td>
        <span className="label-code">{row.line.code || '—'}</span>
        {codeNotes(row, t).map((note) => (
          <span
            key={note.code}
            className={`labels-note labels-note-${note.kind}`}
            {...(note.kind === 'problem'
              ? { 'data-code-problem': note.code }
              : { 'data-code-warning': note.code })}
          >
            {note.text}
          </span>
        ))}
        {thin ? <ThinBarsNote thin={thin} t={t} applyFix={applyFix} /> : null}
      </td>
      <td className="labels-number">{row.line.quantity}</td>
      <td>
        {row.price.pending ? (
          <span className="labels-muted">{t('lines.pending')}</span>
        ) : (
          <>
            <span className="labels-strong">{labelPriceText({ price: row.price.amount })}</span>
            {row.price.differing.length > 0 ? (
              <span className="labels-note labels-note-warning labels-inline">{t('lines.differs')}</span>
            ) : null}
            {notes.map((note) => (
              <span key={note} className="labels-price-note labels-muted">
                {note}
              </span>
            ))}
          </>
        )}
      </td>
      <td>
        <input
          className="labels-copies-input"
          inputMode="numeric"
          value={String(row.copies)}
          disabled={!row.check.printable}
          aria-label={t('lines.copiesOf', { name: row.line.name })}
          onChange={(event) => setCopies(row.key, copiesFrom(event.target.value))}
          onFocus={(event) => event.target.select()}
        />
      </td>
    </tr>
  );
}, sameLine);

/** Rows drawn each frame: the first frame draws none, so the preview of a new document comes first. */
const rowsPerFrame = 60;

/** Shows `total` rows a frame at a time, so a long document's first preview page is not kept waiting. */
function useProgressiveCount(total: number): number {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown >= total) return;
    const frame = requestAnimationFrame(() => setShown((n) => Math.min(total, n + rowsPerFrame)));
    return () => cancelAnimationFrame(frame);
  }, [shown, total]);
  return Math.min(shown, total);
}

/**
 * The document's lines: how many labels each gets (0 = none), at which price; totals below.
 * Give it a `key` per document: a new document starts drawing its rows from the top again.
 */
export function LinesTable({
  rows,
  totals,
  profile,
}: {
  rows: JobRow[];
  totals: JobTotals;
  profile: LabelProfile | null;
}) {
  const t = useLabelsText();
  const shown = useProgressiveCount(rows.length);
  const setCopies = useAppStore('labels', (s) => s.setCopies);
  const clearCopies = useAppStore('labels', (s) => s.clearCopies);
  const resetCopies = useAppStore('labels', (s) => s.resetCopies);
  const source = useAppStore('labels', (s) => s.priceSource);
  const chooseProfile = useAppStore('labels', (s) => s.chooseProfile);
  const chooseSymbology = useAppStore('labels', (s) => s.chooseSymbology);
  const profiles = useAppStore('labels', (s) => s.profiles);
  const single = profile?.single ?? true;
  const rooms = useMemo<BarRooms | null>(() => {
    const current = profile ? barRoomOf(profile) : null;
    if (!current) return null;
    return { current, all: profiles.flatMap((p) => barRoomOf(p) ?? []) };
  }, [profile, profiles]);
  const thinOf = useMemo(() => thinBarsMemo(rooms), [rooms]);
  const isThin = useMemo(() => (row: JobRow) => thinOf(row) !== null, [thinOf]);
  // Counted between frames: the first preview page of a long bill comes first.
  const thinLines = useThinLineCount(rows, isThin);
  const applyFix = useMemo(
    () => (fix: BarFix) => {
      // EAN-13/UPC-A come with "auto": every valid 12/13-digit code of the job gets its GTIN barcode.
      if (fix.kind === 'symbology') chooseSymbology('auto');
      else chooseProfile(fix.profileId);
    },
    [chooseProfile, chooseSymbology],
  );

  return (
    <Flex direction="column" gap="3">
      <Flex justify="between" align="center" wrap="wrap" gap="3">
        <Heading as="h2" size="5">
          {t('lines.heading')}
        </Heading>
        <Flex gap="2" wrap="wrap">
          <Button variant="soft" onClick={resetCopies}>
            {t('lines.reset')}
          </Button>
          <Button variant="soft" color="gray" onClick={clearCopies}>
            {t('lines.clear')}
          </Button>
        </Flex>
      </Flex>
      <PlainTable
        frameClassName="labels-table-frame"
        className="labels-lines-table"
        columns={[
          t('lines.name'),
          t('lines.code'),
          { label: t('lines.quantity'), className: 'labels-number' },
          t('lines.price'),
          t('lines.copies'),
        ]}
      >
        {rows.slice(0, shown).map((row) => (
          <LineRow
            key={row.key}
            row={row}
            source={source}
            thinOf={thinOf}
            t={t}
            applyFix={applyFix}
            setCopies={setCopies}
          />
        ))}
      </PlainTable>
      <Flex gap="3" align="center" wrap="wrap" role="status" data-testid="labels-totals">
        <Text size="4" weight="bold" data-labels={totals.labels}>
          {t('totals.labels', { count: totals.labels })}
        </Text>
        {single ? null : (
          <Text size="4" data-sheets={totals.pages}>
            {t('totals.sheets', { count: totals.pages })}
          </Text>
        )}
        {thinLines > 0 ? (
          <Badge color="amber" size="2" data-thin-lines={thinLines}>
            {t('totals.thinBars', { count: thinLines })}
          </Badge>
        ) : null}
        {totals.unprintable > 0 ? (
          <Badge color="red" size="2">
            {t('totals.unprintable', { count: totals.unprintable })}
          </Badge>
        ) : null}
      </Flex>
    </Flex>
  );
}
