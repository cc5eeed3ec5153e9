import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { DealposBridge, ReportJobView } from '../../bridge/contract.ts';
import { reportContent } from './report-content.ts';
import { ReportSheet } from './report-sheet.tsx';
import './report.css';

type Phase = { kind: 'loading' } | { kind: 'ready'; view: ReportJobView } | { kind: 'gone' };

/**
 * `@page { size: A4; margin: 0 }` for this document only, through a constructed style sheet (the
 * CSP refuses inline <style>; a rule in report.css would reach every page of the app's bundle).
 */
function applyA4(doc: Document): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('@page { size: A4; margin: 0; }');
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/**
 * The page of main's hidden report window: one A4 page of the discrepancy report. Once drawn
 * (fonts included) it tells main, which then makes the PDF.
 */
export function ReceiveReportPage({
  bridge,
  jobId,
}: {
  bridge: Pick<DealposBridge, 'invoke'>;
  jobId: string;
}) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    void bridge.invoke('receive:report-job', { jobId }).then((result) => {
      if (live)
        setPhase(result.ok && result.value ? { kind: 'ready', view: result.value } : { kind: 'gone' });
    });
    return () => {
      live = false;
    };
  }, [bridge, jobId]);

  const view = phase.kind === 'ready' ? phase.view : null;
  const content = useMemo(() => (view ? reportContent(view) : null), [view]);

  useLayoutEffect(() => {
    if (!content) return;
    document.documentElement.classList.add('receive-report-document');
    return applyA4(document);
  }, [content]);

  useEffect(() => {
    if (!content) return;
    let live = true;
    // Effects run after the commit: the page is in the DOM; fonts may still be loading.
    void document.fonts.ready.then(() => {
      if (live) void bridge.invoke('receive:report-rendered', { jobId, pages: 1 });
    });
    return () => {
      live = false;
    };
  }, [bridge, content, jobId]);

  return content ? <ReportSheet content={content} /> : null;
}
