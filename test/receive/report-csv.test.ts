import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenApp, openApp } from '../support/open-app.ts';
import { parseCsv } from '../support/parse-csv.ts';
import { countedBill } from './report-fixture.ts';

// The CSV through the app's real IPC border (sender check, zod, handler), as the count screen asks for it.

let app: OpenApp;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app.close());

async function csvOf(language: 'en' | 'id') {
  const result = await app.bridge.invoke('receive:report-csv', { report: countedBill(), language });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('the discrepancy report as CSV', () => {
  it('opens in a spreadsheet as one header row and one row per difference, values in whole rupiah', async () => {
    const { csv, fileName } = await csvOf('en');
    expect(fileName).toMatch(/^receive-PB-2026-11-0001-2026-11-23-1405\.csv$/);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([
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
    ]);
    expect(rows.slice(1).map((row) => row.slice(0, 8))).toEqual([
      ['8991234567890', 'Kaos Polos M / Hitam', '6', '4', '-2', '85000', '-170000', 'Short'],
      ['KMJ,"L"', 'Kemeja "Batik", L', '3', '5', '2', '149500', '299000', 'Over'],
      ['8990000000017', 'Topi Rajut', '0', '2', '2', '45000', '90000', 'Not on the document'],
      // A code a spreadsheet would run as a formula is kept as text.
      ["'=SUM(A1)", '(unknown code)', '0', '1', '1', '', '', 'Not on the document'],
    ]);
    // Counts and rupiah are bare numbers a spreadsheet sums, the texts quoted.
    expect(csv).toContain('"8991234567890","Kaos Polos M / Hitam",6,4,-2,85000,-170000,"Short"');
    for (const row of rows.slice(1)) {
      expect(row.slice(8)).toEqual([
        'PB/2026/11/0001',
        'Supplier bill',
        'Toko Pusat',
        '2026-11-23 14:05:00',
        'Sari',
      ]);
    }
  });

  it('speaks Indonesian when the counter does', async () => {
    const rows = parseCsv((await csvOf('id')).csv.slice(1));
    expect(rows[0]?.slice(0, 8)).toEqual([
      'Kode',
      'Nama',
      'Seharusnya',
      'Dihitung',
      'Selisih',
      'Harga satuan (Rp)',
      'Nilai selisih (Rp)',
      'Status',
    ]);
    expect(rows.slice(1).map((row) => [row[7], row[9]])).toEqual([
      ['Kurang', 'Tagihan pemasok'],
      ['Lebih', 'Tagihan pemasok'],
      ['Tidak ada di dokumen', 'Tagihan pemasok'],
      ['Tidak ada di dokumen', 'Tagihan pemasok'],
    ]);
    expect(rows[4]?.[1]).toBe('(kode tidak dikenal)');
  });

  it('refuses a report with a negative count or a fractional price before any file is made', async () => {
    const bill = countedBill();
    const negative = { ...bill, lines: [{ ...bill.lines[0], counted: -1 }] };
    const fraction = { ...bill, unexpected: [{ ...bill.unexpected[0], unitPrice: 1.5 }] };
    for (const report of [negative, fraction]) {
      const result = await app.bridge.invoke('receive:report-csv', { report, language: 'en' } as never);
      expect(result.ok ? 'accepted' : result.error.kind).toBe('invalid-input');
    }
  });
});
