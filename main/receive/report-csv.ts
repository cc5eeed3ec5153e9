import { csvField, csvFileName, localTime } from '../export/csv-file.ts';
import type { Language } from '../settings/settings-repository.ts';
import type { ReceiveReport } from './receive-report-model.ts';
import { type DifferenceState, reportDifferences } from './report-differences.ts';

/**
 * One header row and one row per difference, so any spreadsheet or import tool reads the file as
 * a plain table. The document, outlet, time and counter come last on every row rather than in a
 * block above the header: a block would break imports, and a supplier who pastes rows from
 * several reports into one sheet still knows which delivery each came from.
 */
const headers: Record<Language, readonly string[]> = {
  en: [
    'Code',
    'Name',
    'Expected',
    'Counted',
    'Difference',
    'Unit price (Rp)',
    'Value of difference (Rp)',
    'State',
    'Document',
    'Document type',
    'Outlet',
    'Counted at',
    'Counted by',
  ],
  id: [
    'Kode',
    'Nama',
    'Seharusnya',
    'Dihitung',
    'Selisih',
    'Harga satuan (Rp)',
    'Nilai selisih (Rp)',
    'Status',
    'Dokumen',
    'Jenis dokumen',
    'Outlet',
    'Waktu hitung',
    'Dihitung oleh',
  ],
};

const states: Record<Language, Record<DifferenceState, string>> = {
  en: { short: 'Short', over: 'Over', unexpected: 'Not on the document' },
  id: { short: 'Kurang', over: 'Lebih', unexpected: 'Tidak ada di dokumen' },
};

const kinds: Record<Language, Record<ReceiveReport['document']['kind'], string>> = {
  en: { bill: 'Supplier bill', delivery: 'Outlet delivery' },
  id: { bill: 'Tagihan pemasok', delivery: 'Kiriman outlet' },
};

const unknownName: Record<Language, string> = { en: '(unknown code)', id: '(kode tidak dikenal)' };

/**
 * One CSV row: text quoted and guarded against formulas by the app's csvField; numbers we worked
 * out written bare. csvText would quote "-2" as "'-2" (a leading minus could start a formula),
 * and a spreadsheet would then read a shortage as text it cannot sum.
 */
const csvRow = (cells: readonly (string | number | null)[]) =>
  cells.map((cell) => (typeof cell === 'number' ? String(cell) : csvField(cell ?? ''))).join(',');

/**
 * The discrepancy report as CSV: UTF-8 with a BOM and CRLF, as the app's other exports
 * (main/export/csv-file.ts). Numbers are plain integers with no thousands separator: "Rp 15.000"
 * or "15,000" would be text, or the wrong number, in a spreadsheet of the other locale.
 */
export function receiveReportCsv(report: ReceiveReport, language: Language): string {
  const { rows } = reportDifferences(report);
  const context = [
    report.document.number,
    kinds[language][report.document.kind],
    report.document.outlet,
    localTime(report.finishedAt),
    report.countedBy,
  ];
  const lines = [
    csvRow(headers[language]),
    ...rows.map((row) =>
      csvRow([
        row.code,
        row.name ?? unknownName[language],
        row.expected,
        row.counted,
        row.difference,
        row.unitPrice,
        row.value,
        states[language][row.state],
        ...context,
      ]),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** "receive-PB-2026-11-0001-2026-11-23-1405.csv": the document number made safe for a file name. */
export function receiveReportFileName(report: ReceiveReport, extension: 'csv' | 'pdf'): string {
  const number = report.document.number.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '');
  const base = csvFileName(`receive-${number || report.document.kind}`.slice(0, 80), report.finishedAt);
  return extension === 'csv' ? base : base.replace(/\.csv$/, '.pdf');
}
