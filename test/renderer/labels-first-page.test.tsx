// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, test } from 'vitest';
import type { LabelProfile } from '../../main/app-contract.ts';
import { builtInProfiles } from '../../main/labels/built-in-profiles.ts';
import { isSingleLabel, layoutOf } from '../../main/labels/profile-geometry.ts';
import { createAppStores } from '../../renderer/src/app/app-stores.ts';
import type { BarcodeLine, LabelDocument } from '../../renderer/src/bridge/contract.ts';
import { createI18n } from '../../renderer/src/i18n/i18n.ts';
import { loadBarcodeEngine } from '../../renderer/src/labels/barcode/barcode-drawing.ts';
import type { JobRow } from '../../renderer/src/labels/job-lines.ts';
import { jobLinesOf } from '../../renderer/src/labels/job-lines.ts';
import { LabelPreview } from '../../renderer/src/labels/label-preview.tsx';
import { useThinLineCount } from '../../renderer/src/labels/use-thin-line-count.ts';
import { StoresProvider, useAppStore } from '../../renderer/src/stores/app-stores.ts';
import { fakeMain } from './fake-main.ts';

// Issue #14: a long bill's first preview page comes first; what takes longer (the other pages of
// the view, the count of lines whose bars print too thin) follows, and ends up the same.

afterEach(cleanup);

const lineOf = (i: number): BarcodeLine => ({
  variantId: `v${i}`,
  name: `Kaos Polos ${i} (M)`,
  code: `SKU${10_000 + i}-M`,
  quantity: 1,
  unitPrice: 49_000,
});

const bill = (lines: number): LabelDocument => ({
  kind: 'bill',
  outlet: 'Pluit',
  number: 'PB/2026/11/0001',
  lines: Array.from({ length: lines }, (_, i) => lineOf(i)),
  fetchedAt: Date.now(),
});

describe('the preview of a newly opened 1,000-line bill', () => {
  test('draws its first label at once and the rest of the view right after, the same labels in the end', async () => {
    await loadBarcodeEngine();
    const i18n = createI18n();
    const stores = createAppStores(fakeMain({}).bridge, i18n);
    const input = builtInProfiles[0];
    const profile: LabelProfile = {
      ...structuredClone(input),
      builtIn: true,
      single: isSingleLabel(input),
      layout: layoutOf(input),
    };
    const document = bill(1_000);
    stores.labels.setState({
      profiles: [profile],
      profileId: profile.id,
      priceSource: 'document',
      document,
      lines: jobLinesOf(document.lines),
    });
    // As the labels screen hands the job over.
    const Preview = () => <LabelPreview job={useAppStore('labels', (s) => s.selectJob(s).view)} />;
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <StoresProvider stores={stores}>
          <Preview />
        </StoresProvider>
      </I18nextProvider>,
    );
    // The view is opened with its document already there: all six pages at once.
    expect(container.querySelectorAll('.label-page')).toHaveLength(6);

    // Another bill opened: only its first page in the first frame, blank paper beside it.
    await act(async () => stores.labels.setState({ document: { ...document, fetchedAt: Date.now() + 1 } }));
    expect(container.querySelectorAll('.label-page')).toHaveLength(1);
    expect(container.querySelectorAll('.label-page-blank')).toHaveLength(5);
    expect(screen.getByTestId('labels-preview-position').textContent).toBe('Label 1–6 of 1000');

    await waitFor(() => expect(container.querySelectorAll('.label-page')).toHaveLength(6));
    expect(container.querySelectorAll('.label-page-blank')).toHaveLength(0);
    const codes = [...container.querySelectorAll('svg.label-barcode')].map((svg) =>
      svg.getAttribute('data-code'),
    );
    expect(codes).toEqual(document.lines.slice(0, 6).map((line) => line.code));
  });
});

describe('the count of lines whose bars print too thin', () => {
  const rowsOf = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ key: String(i) }) as unknown as JobRow);

  function Count({ rows, isThin }: { rows: JobRow[]; isThin: (row: JobRow) => boolean }) {
    return <output data-count={useThinLineCount(rows, isThin)} />;
  }

  test('is not worked out while the table first draws, and then counts every thin line', async () => {
    const asked: string[] = [];
    const isThin = (row: JobRow) => {
      asked.push(row.key);
      return Number(row.key) % 7 === 0;
    };
    const rows = rowsOf(1_000);
    const { container } = render(<Count rows={rows} isThin={isThin} />);
    expect(asked).toHaveLength(0);
    const output = () => container.querySelector('output')?.getAttribute('data-count');
    expect(output()).toBe('0');
    await waitFor(() => expect(output()).toBe(String(Math.ceil(1_000 / 7))));
    expect(new Set(asked).size).toBe(1_000);
  });

  test('keeps showing the last count while a changed job is counted again', async () => {
    const isThin = (row: JobRow) => Number(row.key) < 3;
    const { container, rerender } = render(<Count rows={rowsOf(10)} isThin={isThin} />);
    const output = () => container.querySelector('output')?.getAttribute('data-count');
    await waitFor(() => expect(output()).toBe('3'));
    rerender(<Count rows={rowsOf(2)} isThin={isThin} />);
    expect(output()).toBe('3');
    await waitFor(() => expect(output()).toBe('2'));
  });
});
