import { useEffect, useLayoutEffect, useState } from 'react';
import type { DealposBridge, PrintJobView } from '../bridge/contract.ts';
import { loadBarcodeEngine } from './barcode/barcode-drawing.ts';
import { pageCount } from './label-pages.ts';
import { LabelSheets } from './label-sheet.tsx';
import { applyPageSize } from './page-size-rule.ts';
import './labels.css';

type Phase = { kind: 'loading' } | { kind: 'ready'; job: PrintJobView } | { kind: 'gone' };

/**
 * The page of main's hidden print window: every page of one job, drawn by the same components
 * as the preview, with the profile's paper size as the CSS page size. Once drawn (fonts
 * included) it tells main, which then prints or makes the PDF.
 */
export function LabelPrintPage({ bridge, jobId }: { bridge: Pick<DealposBridge, 'invoke'>; jobId: string }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    void Promise.all([bridge.invoke('labels:print-job', { jobId }), loadBarcodeEngine()]).then(([result]) => {
      if (!live) return;
      setPhase(result.ok && result.value ? { kind: 'ready', job: result.value } : { kind: 'gone' });
    });
    return () => {
      live = false;
    };
  }, [bridge, jobId]);

  const job = phase.kind === 'ready' ? phase.job : null;
  const pages = job ? pageCount(job.labels, job.profile.layout.perPage) : 0;

  useLayoutEffect(() => {
    if (!job) return;
    document.documentElement.classList.add('label-print-document');
    return applyPageSize(document, job.profile.page);
  }, [job]);

  useEffect(() => {
    if (!job) return;
    let live = true;
    // Effects run after the commit: the pages are in the DOM; fonts may still be loading.
    void document.fonts.ready.then(() => {
      if (live) void bridge.invoke('labels:print-rendered', { jobId, pages });
    });
    return () => {
      live = false;
    };
  }, [bridge, job, jobId, pages]);

  if (!job) return null;
  return (
    <main className="label-print-root" data-pages={pages}>
      <LabelSheets job={job} from={0} to={pages} />
    </main>
  );
}
