// @vitest-environment happy-dom
import { Theme } from '@radix-ui/themes';
import { act, cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { CatalogItem } from '../../renderer/src/bridge/contract.ts';
import { createI18n } from '../../renderer/src/i18n/i18n.ts';
import { ItemPanel, RING_LIT_MS } from '../../renderer/src/scan/item-panel.tsx';
import { ScanList, shownLines } from '../../renderer/src/scan/scan-list.tsx';
import { createScanStore, type LastScan, type ScanLine } from '../../renderer/src/scan/scan-store.ts';

// The scan screen's panels in a DOM: a long session's list stays short on screen while its count
// and "Print labels" keep every item, and the big panel is one node that a new scan refreshes.

const item = (n: number): CatalogItem => ({
  id: `v${n}`,
  code: `SKU-${n}`,
  name: `Item ${n}`,
  product: null,
  variant: null,
  category: null,
  type: null,
  unitPrice: 10_000 + n,
  discontinued: false,
});

const wrap = (node: React.ReactNode) => (
  <I18nextProvider i18n={createI18n()}>
    <Theme>{node}</Theme>
  </I18nextProvider>
);

afterEach(cleanup);

describe('a long session on the scan screen', () => {
  test('shows the newest lines, sums up the earlier ones, and still counts and sends every item', async () => {
    const lines: ScanLine[] = Array.from({ length: shownLines + 40 }, (_, i) => ({
      item: item(i),
      count: 2,
    }));
    let sent: ScanLine[] = [];
    render(wrap(<ScanList lines={lines} onClear={() => {}} onSendToLabels={(all) => (sent = all)} />));
    await act(async () => {});
    expect(screen.getAllByRole('listitem')).toHaveLength(shownLines);
    expect(screen.getByText('SKU-0')).toBeTruthy();
    expect(screen.queryByText(`SKU-${shownLines}`)).toBeNull();
    expect(screen.getByTestId('scan-more-lines').textContent).toContain('40 earlier items');
    expect(screen.getByTestId('scan-total').textContent).toContain(String((shownLines + 40) * 2));
    await act(async () => screen.getByRole('button', { name: 'Print labels for these' }).click());
    expect(sent).toHaveLength(shownLines + 40);
  });
});

describe('an item scanned again', () => {
  test('shows its line first without moving the other rows in the page', async () => {
    const scans = createScanStore();
    for (const n of [1, 2, 3]) scans.getState().add(item(n));
    const { rerender } = render(wrap(<ScanList lines={scans.getState().lines} onClear={() => {}} />));
    const rowsBefore = screen.getAllByRole('listitem');
    scans.getState().add(item(1));
    rerender(wrap(<ScanList lines={scans.getState().lines} onClear={() => {}} />));
    const rows = screen.getAllByRole('listitem');
    // The same nodes, in the order they were first scanned...
    expect(rows).toHaveLength(3);
    for (const [n, row] of rows.entries()) expect(row).toBe(rowsBefore[n]);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('SKU-1'),
      expect.stringContaining('SKU-2'),
      expect.stringContaining('SKU-3'),
    ]);
    // ...shown newest first by their CSS order, with the new count.
    const shown = [...rows].sort((a, b) => Number(a.style.order) - Number(b.style.order));
    expect(shown.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/SKU-1.*×2/),
      expect.stringMatching(/SKU-3.*×1/),
      expect.stringMatching(/SKU-2.*×1/),
    ]);
    expect(scans.getState().lines.map((line) => line.item.code)).toEqual(['SKU-1', 'SKU-3', 'SKU-2']);
  });
});

describe('"Print labels for these" after more scans', () => {
  test('sends the lines on screen when pressed, not the ones of an earlier render', async () => {
    let sent: ScanLine[] = [];
    const list = (lines: ScanLine[]) => (
      <ScanList lines={lines} onClear={() => {}} onSendToLabels={(all) => (sent = all)} />
    );
    const first = [{ item: item(1), count: 1 }];
    const { rerender } = render(wrap(list(first)));
    const later = [
      { item: item(2), count: 1 },
      { item: item(1), count: 3 },
    ];
    rerender(wrap(list(later)));
    await act(async () => screen.getByRole('button', { name: 'Print labels for these' }).click());
    expect(sent).toEqual(later);
    expect(screen.getByTestId('scan-total').textContent).toContain('4');
  });
});

describe('the big panel after each scan', () => {
  const panel = (last: LastScan, serial: number) => (
    <ItemPanel
      last={last}
      serial={serial}
      online
      onLookupOnline={() => {}}
      askOutletStock={() => new Promise(() => {})}
    />
  );

  test('a new scan, even of the same item, refreshes the same panel and lights its ring again', async () => {
    vi.useFakeTimers();
    try {
      const ring = () => document.querySelector('.item-panel-ring') as HTMLElement;
      const view = render(wrap(panel({ kind: 'idle' }, 0)));
      expect(ring().hasAttribute('data-lit')).toBe(false);
      view.rerender(wrap(panel({ kind: 'found', item: item(1), online: false }, 1)));
      const first = screen.getByTestId('scan-found');
      // Lit in the scan's own commit (a layout effect), so its first paint shows it.
      expect(ring().hasAttribute('data-lit')).toBe(true);
      act(() => vi.advanceTimersByTime(RING_LIT_MS));
      expect(ring().hasAttribute('data-lit')).toBe(false);
      view.rerender(wrap(panel({ kind: 'found', item: item(1), online: false }, 2)));
      expect(screen.getByTestId('scan-found')).toBe(first);
      expect(ring().hasAttribute('data-lit')).toBe(true);
      // A scan while lit keeps it lit for the whole time again.
      act(() => vi.advanceTimersByTime(RING_LIT_MS - 50));
      view.rerender(wrap(panel({ kind: 'not-found', code: 'NOPE-1', online: 'not-asked' }, 3)));
      act(() => vi.advanceTimersByTime(RING_LIT_MS - 50));
      expect(ring().hasAttribute('data-lit')).toBe(true);
      expect(screen.getByTestId('scan-not-found').textContent).toContain('NOPE-1');
      expect(screen.queryByTestId('scan-found')).toBeNull();
      act(() => vi.advanceTimersByTime(50));
      expect(ring().hasAttribute('data-lit')).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  test('each scan offers "stock in every outlet" afresh', async () => {
    let asked = 0;
    const ask = () => {
      asked++;
      return new Promise<never>(() => {});
    };
    const found = (serial: number) => (
      <ItemPanel
        last={{ kind: 'found', item: item(1), online: false }}
        serial={serial}
        online
        onLookupOnline={() => {}}
        askOutletStock={ask}
      />
    );
    const view = render(wrap(found(1)));
    const open = () => screen.getByTestId('outlet-stock').querySelector('button') as HTMLButtonElement;
    await act(async () => open().click());
    expect(asked).toBe(1);
    expect(open().disabled).toBe(true);
    view.rerender(wrap(found(2)));
    expect(open().disabled).toBe(false);
  });
});
