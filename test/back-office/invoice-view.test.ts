import { describe, expect, it } from 'vitest';
import type { ActivityEntry, InvoiceReading } from '../../main/app-contract.ts';
import { invoiceDate } from '../../renderer/src/back-office/invoice-date.ts';
import { canAct, stateNow } from '../../renderer/src/back-office/invoice-store.ts';

// What the invoice card says of an invoice: its date as on the receipt, and where it stands once
// DealPOS's read and this counter's own writes are put together.

const readAt = Date.UTC(2026, 10, 20, 3, 0, 0);
const found = (state: 'active' | 'recycle-bin', events: ActivityEntry[] = []): InvoiceReading => ({
  readAt,
  lookup: {
    status: 'found',
    invoice: {
      number: '2026.11.00001',
      date: '2026-11-02T06:19:00.0000000+07:00',
      customer: 'Rizky Siregar',
      total: 5_231_000,
      state,
      status: state === 'active' ? 'Active' : 'Void',
      fulfillment: 'Sent',
      lines: [],
      lineCount: 0,
    },
  },
  history: {
    outlet: 'Pluit',
    number: '2026.11.00001',
    known: events.find((e) => e.result === 'done') ? 'recycle-bin' : 'unknown',
    events,
  },
});
const voidAt = (at: number, result: ActivityEntry['result']): ActivityEntry => ({
  at,
  counterOutlet: 'Pluit',
  action: 'invoice-void',
  outlet: 'Pluit',
  document: '2026.11.00001',
  detail: '',
  result,
  message: '',
});

describe('an invoice’s date', () => {
  it('reads as the receipt’s own clock time, in the counter’s language', () => {
    expect(invoiceDate('2026-11-02T06:19:00.0000000+07:00', 'en')).toBe('2 Nov 2026, 06:19');
    expect(invoiceDate('2026-11-02T06:19:00.0000000+07:00', 'id')).toMatch(/^2 Nov 2026,? 06\.19$/);
  });

  it('keeps a date it cannot read as DealPOS wrote it', () => {
    expect(invoiceDate('kemarin', 'id')).toBe('kemarin');
    expect(invoiceDate('16 May 2018', 'id')).toBe('16 Mei 2018');
  });
});

describe('where an opened invoice stands', () => {
  it('is what DealPOS showed when nothing was done from this counter since', () => {
    expect(stateNow(found('active'))).toBe('active');
    expect(stateNow(found('recycle-bin'))).toBe('recycle-bin');
  });

  it('follows a void from this counter after it was opened', () => {
    expect(stateNow(found('active', [voidAt(readAt + 5_000, 'done')]))).toBe('recycle-bin');
  });

  it('stays as DealPOS showed it after a refused void (nothing changed)', () => {
    expect(stateNow(found('active', [voidAt(readAt + 5_000, 'refused')]))).toBe('active');
  });

  it('is DealPOS’s, not an older write from this counter, when the read is newer', () => {
    expect(stateNow(found('active', [voidAt(readAt - 60_000, 'done')]))).toBe('active');
  });

  it('offers nothing to act on for a number DealPOS does not have', () => {
    const missing: InvoiceReading = {
      ...found('active'),
      lookup: { status: 'missing', error: { kind: 'bad-request', message: 'no' } },
    };
    expect(canAct(missing)).toBe(false);
    expect(canAct(found('active'))).toBe(true);
  });
});
