// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exportReceiveReport } from '../../renderer/src/receive/report/export-report.ts';
import { countedBill } from '../receive/report-fixture.ts';
import { type OpenApp, openApp } from '../support/open-app.ts';
import { parseCsv } from '../support/parse-csv.ts';

// The entry the count screen calls (its onExportReport), over the app's real handlers: the CSV
// arrives as a browser download, the PDF answers that it needs the desktop app outside Electron.

let app: OpenApp;
beforeAll(async () => {
  app = await openApp();
});
afterAll(() => app.close());

describe('exporting the discrepancy report from the count screen', () => {
  it('downloads the CSV under its file name, UTF-8 with a BOM, in the chosen language', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:report';
    });
    const downloads: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(this.download);
    });
    try {
      const answer = await exportReceiveReport(countedBill(), 'csv', 'id', { bridge: app.bridge, document });
      expect(answer).toEqual({
        ok: true,
        value: { kind: 'downloaded', fileName: 'receive-PB-2026-11-0001-2026-11-23-1405.csv' },
      });
      expect(downloads).toEqual(['receive-PB-2026-11-0001-2026-11-23-1405.csv']);
      const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1));
      expect(rows[0]?.[0]).toBe('Kode');
      expect(rows.slice(1).map((row) => row[7])).toEqual([
        'Kurang',
        'Lebih',
        'Tidak ada di dokumen',
        'Tidak ada di dokumen',
      ]);
    } finally {
      createObjectURL.mockRestore();
      click.mockRestore();
    }
  });

  it('answers that the PDF needs the desktop app when there is no printing side', async () => {
    const answer = await exportReceiveReport(countedBill(), 'pdf', 'en', { bridge: app.bridge, document });
    expect(answer).toEqual({ ok: true, value: { kind: 'unavailable' } });
  });

  it('passes a refusal of main back as it is, without downloading anything', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click');
    const broken = { ...countedBill(), finishedAt: -1 };
    const answer = await exportReceiveReport(broken, 'csv', 'en', { bridge: app.bridge, document });
    expect(answer.ok ? 'downloaded' : answer.error.kind).toBe('invalid-input');
    expect(click).not.toHaveBeenCalled();
    click.mockRestore();
  });
});
