import { describe, expect, it } from 'vitest';
import type { Language } from '../../main/app-contract.ts';
import type { ReceiveReport } from '../../main/receive/receive-report-model.ts';
import { reportDifferences } from '../../main/receive/report-differences.ts';
import { maxRowsOnPage, reportContent } from '../../renderer/src/receive/report/report-content.ts';
import { countedBill, longShortBill } from './report-fixture.ts';

// What the one-page PDF prints, as text: no DOM needed (the page only lays it out).

const nbsp = '\u00a0';
const contentOf = (report: ReceiveReport, language: Language) =>
  reportContent({ report, differences: reportDifferences(report), language });

describe('the discrepancy report page’s content', () => {
  it('prints each difference with its units and rupiah, signed, in English', () => {
    const content = contentOf(countedBill(), 'en');
    expect(content.title).toBe('Goods received: differences');
    expect(content.rows.map((r) => [r.code, r.difference, r.unitPrice, r.value, r.stateLabel])).toEqual([
      ['8991234567890', '−2', `Rp${nbsp}85.000`, `−Rp${nbsp}170.000`, 'Short'],
      ['KMJ,"L"', '+2', `Rp${nbsp}149.500`, `+Rp${nbsp}299.000`, 'Over'],
      ['8990000000017', '+2', `Rp${nbsp}45.000`, `+Rp${nbsp}90.000`, 'Not on document'],
      ['=SUM(A1)', '+1', 'no price', '', 'Not on document'],
    ]);
    expect(content.rows[3]?.name).toBe('(unknown code)');
    expect(content.notes).toEqual(['One other line matched the document.']);
  });

  it('names the document, its type, outlet, time and who counted', () => {
    expect(contentOf(countedBill(), 'en').details).toEqual([
      ['Document', 'PB/2026/11/0001'],
      ['Type', 'Supplier bill'],
      ['Outlet', 'Toko Pusat'],
      ['Counted at', '23 Nov 2026, 14:05:00'],
      ['Counted by', 'Sari'],
    ]);
    const nobody = contentOf({ ...countedBill(), countedBy: '' }, 'id');
    expect(nobody.details.at(-1)).toEqual(['Dihitung oleh', 'tidak diisi']);
  });

  it('totals units and rupiah, and says how many unexpected items have no price', () => {
    expect(contentOf(countedBill(), 'en').totals).toEqual([
      ['Units expected', '19'],
      ['Units counted', '19'],
      ['Units short', '2'],
      ['Units over', '2'],
      ['Units not on the document', '3'],
      ['Value short', `Rp${nbsp}170.000`],
      ['Value over', `Rp${nbsp}299.000`],
      ['Value not on the document', `Rp${nbsp}90.000 (1 without a price)`],
    ]);
  });

  it('speaks Indonesian with Indonesian dates and thousands', () => {
    const bill = countedBill();
    bill.lines[0] = { ...bill.lines[0], expected: 2_500, counted: 1_200 } as (typeof bill.lines)[0];
    const content = contentOf(bill, 'id');
    expect(content.title).toBe('Selisih penerimaan barang');
    expect(content.columns.expected).toBe('Di dokumen');
    expect(content.details[1]).toEqual(['Jenis', 'Tagihan pemasok']);
    expect(content.details[3]?.[1]).toMatch(/^23 Nov 2026, 14\.05\.00$/);
    expect(content.rows[0]).toMatchObject({ expected: '2.500', counted: '1.200', difference: '−1.300' });
    expect(content.rows.map((r) => r.stateLabel)).toEqual([
      'Kurang',
      'Lebih',
      'Di luar dokumen',
      'Di luar dokumen',
    ]);
    expect(content.totals[0]).toEqual(['Jumlah seharusnya', '2.513']);
  });

  it('keeps a long report to one page: the first rows, how many more, and the totals of all', () => {
    const content = contentOf(longShortBill(120), 'en');
    expect(content.rows).toHaveLength(maxRowsOnPage - 1);
    expect(content.hiddenRows).toBe(120 - (maxRowsOnPage - 1));
    expect(content.dense).toBe(true);
    expect(content.notes).toEqual([`And ${content.hiddenRows} more rows: the CSV export has every row.`]);
    expect(content.totals[2]).toEqual(['Units short', '120']);
    expect(content.totals[5]).toEqual(['Value short', `Rp${nbsp}1.200.000`]);
  });

  it('says every line matched when nothing differs', () => {
    const bill = countedBill();
    const matched = {
      ...bill,
      lines: bill.lines.map((l) => ({ ...l, counted: l.expected })),
      unexpected: [],
    };
    const content = contentOf(matched, 'id');
    expect(content.rows).toEqual([]);
    expect(content.notes).toEqual(['Semua baris sesuai dokumen.']);
  });
});
