import type { DifferenceRow, Language, ReportJobView } from '../../bridge/contract.ts';
import { dateTime, points } from '../../i18n/format-time.ts';
import { formatRupiah } from '../../money/format-rupiah.ts';
import { type ReportTexts, reportEn, reportId } from './report-texts.ts';

/**
 * Rows one A4 page holds under the header and above the totals at the dense size (report.css).
 * A longer report shows the first rows and says how many more the CSV has: the totals are
 * always on the page, so the one page still says what the whole count came to.
 */
export const maxRowsOnPage = 38;

/** Past this many rows the page uses its smaller type. */
export const denseFrom = 20;

export interface ReportRowText {
  /** Unique on the page: a code may be on two lines, or on a line and scanned as unexpected too. */
  key: string;
  state: DifferenceRow['state'];
  code: string;
  name: string;
  expected: string;
  counted: string;
  difference: string;
  unitPrice: string;
  value: string;
  stateLabel: string;
}

/** Everything the report page prints, as text in the report's language: no DOM, no React. */
export interface ReportContent {
  language: Language;
  title: string;
  /** Document, type, outlet, counted at, counted by: label and value. */
  details: [string, string][];
  columns: ReportTexts['columns'];
  rows: ReportRowText[];
  /** Rows left off the page (the CSV has them). */
  hiddenRows: number;
  dense: boolean;
  /** Under the table: "3 other lines matched", "And 12 more rows…", or "Every line matched". */
  notes: string[];
  totals: [string, string][];
  totalsTitle: string;
  footer: string;
}

const textsOf = (language: Language): ReportTexts => (language === 'id' ? reportId : reportEn);
const fill = (template: string, n: number, language: Language) =>
  template.replace('{{n}}', points(n, language));

/** "+2" / "−3": a true minus sign, easier to see on paper than a hyphen. */
function signed(value: number, format: (n: number) => string): string {
  if (value === 0) return format(0);
  return `${value < 0 ? '−' : '+'}${format(Math.abs(value))}`;
}

function rowText(row: DifferenceRow, index: number, texts: ReportTexts, language: Language): ReportRowText {
  const units = (n: number) => points(n, language);
  return {
    key: `${index}:${row.code}`,
    state: row.state,
    code: row.code,
    name: row.name ?? texts.unknownName,
    expected: units(row.expected),
    counted: units(row.counted),
    difference: signed(row.difference, units),
    unitPrice: row.unitPrice === null ? texts.noPrice : formatRupiah(row.unitPrice),
    value: row.value === null ? '' : signed(row.value, formatRupiah),
    stateLabel: texts.states[row.state],
  };
}

/** The report page's content from main's job view (the differences main worked out). */
export function reportContent(view: ReportJobView, maxRows = maxRowsOnPage): ReportContent {
  const { report, differences, language } = view;
  const texts = textsOf(language);
  const { totals } = differences;
  const units = (n: number) => points(n, language);
  const shown = differences.rows.length > maxRows ? maxRows - 1 : differences.rows.length;
  const hiddenRows = differences.rows.length - shown;

  const notes: string[] = [];
  if (differences.rows.length === 0) notes.push(texts.allMatched);
  else if (differences.matchingLines === 1) notes.push(texts.matchedOne);
  else if (differences.matchingLines > 1)
    notes.push(fill(texts.matched, differences.matchingLines, language));
  if (hiddenRows > 0) notes.push(fill(texts.more, hiddenRows, language));

  const unexpectedValue =
    formatRupiah(totals.valueUnexpected) +
    (totals.unexpectedUnpriced > 0
      ? ` (${fill(texts.totals.unpriced, totals.unexpectedUnpriced, language)})`
      : '');

  return {
    language,
    title: texts.title,
    details: [
      [texts.document, report.document.number],
      [texts.kind, texts.kinds[report.document.kind]],
      [texts.outlet, report.document.outlet],
      [texts.countedAt, dateTime(report.finishedAt, language)],
      [texts.countedBy, report.countedBy.trim() || texts.nobody],
    ],
    columns: texts.columns,
    rows: differences.rows.slice(0, shown).map((row, index) => rowText(row, index, texts, language)),
    hiddenRows,
    dense: differences.rows.length > denseFrom,
    notes,
    totalsTitle: texts.totals.title,
    totals: [
      [texts.totals.expected, units(totals.expected)],
      [texts.totals.counted, units(totals.counted)],
      [texts.totals.short, units(totals.short)],
      [texts.totals.over, units(totals.over)],
      [texts.totals.unexpected, units(totals.unexpected)],
      [texts.totals.valueShort, formatRupiah(totals.valueShort)],
      [texts.totals.valueOver, formatRupiah(totals.valueOver)],
      [texts.totals.valueUnexpected, unexpectedValue],
    ],
    footer: texts.footer,
  };
}
