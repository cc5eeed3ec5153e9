import type { ReceiveReport } from '../../main/receive/receive-report-model.ts';

/** 23 Nov 2026, 14:05 in the shop's time zone (whatever the machine's is). */
export const finishedAt = new Date(2026, 10, 23, 14, 5, 0).getTime();

/**
 * A supplier bill counted in the back room: one line short, one over, one matched, one item not
 * on the bill that the catalog knows, and one nobody knows. Its codes carry a comma and quotes, as
 * codes typed in DealPOS's back office can.
 */
export function countedBill(): ReceiveReport {
  return {
    document: { kind: 'bill', number: 'PB/2026/11/0001', outlet: 'Toko Pusat' },
    finishedAt,
    countedBy: 'Sari',
    lines: [
      {
        variantId: 'v-1',
        code: '8991234567890',
        name: 'Kaos Polos M / Hitam',
        expected: 6,
        counted: 4,
        unitPrice: 85_000,
        corrections: [{ from: 3, to: 4, reason: 'Satu terselip di karton' }],
      },
      {
        variantId: 'v-2',
        code: 'KMJ,"L"',
        name: 'Kemeja "Batik", L',
        expected: 3,
        counted: 5,
        unitPrice: 149_500,
        corrections: [],
      },
      {
        variantId: 'v-3',
        code: '8997777000011',
        name: 'Celana Pendek 30',
        expected: 10,
        counted: 10,
        unitPrice: 60_000,
        corrections: [],
      },
    ],
    unexpected: [
      { code: '8990000000017', name: 'Topi Rajut', counted: 2, unitPrice: 45_000 },
      { code: '=SUM(A1)', name: null, counted: 1, unitPrice: null },
    ],
  };
}

/** A bill of `n` lines, each one unit short: more rows than one page holds. */
export function longShortBill(n: number): ReceiveReport {
  return {
    ...countedBill(),
    lines: Array.from({ length: n }, (_, i) => ({
      variantId: `v-${i}`,
      code: `SKU-${String(i + 1).padStart(4, '0')}`,
      name: `Barang nomor ${i + 1} dengan nama yang cukup panjang untuk satu baris`,
      expected: 3,
      counted: 2,
      unitPrice: 10_000,
      corrections: [],
    })),
    unexpected: [],
  };
}
