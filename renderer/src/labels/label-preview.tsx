import { Card, Flex, Heading, IconButton, Text } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import type { PrintJobView } from '../bridge/contract.ts';
import { useAppStore } from '../stores/app-stores.ts';
import { pageCount } from './label-pages.ts';
import { LabelSheet } from './label-sheet.tsx';
import { useLabelsText } from './use-labels-text.ts';

/** CSS px per mm at zoom 1. */
const pxPerMm = 96 / 25.4;
/** How wide the preview shows one page, in CSS px. */
const previewWidth = { single: 300, sheet: 560 };

/** Pages shown at once: a few single labels side by side, or one sheet. */
export const pagesPerView = (single: boolean) => (single ? 6 : 1);

const mm = (value: number) => `${+value.toFixed(3)}mm`;

/**
 * How many pages of the view to draw: all of them, except in the first frame after a document is
 * `opened`, where only the first one is drawn (issue #14: the first page of a long bill within
 * 300 ms) and the others follow right after that frame has been painted.
 */
function useStagedPages(opened: unknown, step: number): number {
  const [complete, setComplete] = useState<unknown>(opened);
  useEffect(() => {
    if (complete === opened) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // An animation frame runs before its paint; a task queued from it runs after that paint.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setComplete(opened), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [complete, opened]);
  return complete === opened ? step : 1;
}

/**
 * What will print, page by page: the same LabelSheet the print window draws, magnified with
 * CSS zoom (which scales the page as a whole, so what is seen is what prints).
 */
export function LabelPreview({ job }: { job: PrintJobView | null }) {
  const t = useLabelsText();
  const previewPage = useAppStore('labels', (s) => s.previewPage);
  const showPage = useAppStore('labels', (s) => s.showPage);
  const document = useAppStore('labels', (s) => s.document);

  const pages = job ? pageCount(job.labels, job.profile.layout.perPage) : 0;
  const single = job?.profile.single ?? true;
  const step = pagesPerView(single);
  const from = Math.min(previewPage, Math.max(0, pages - 1));
  const to = Math.min(pages, from + step);
  const drawn = useStagedPages(document, step);
  const zoom = job
    ? (single ? previewWidth.single : previewWidth.sheet) / (job.profile.page.width * pxPerMm)
    : 1;

  return (
    <Card size="3">
      <Flex direction="column" gap="3">
        <Flex justify="between" align="center" gap="3" wrap="wrap">
          <Heading as="h2" size="5">
            {t('preview.heading')}
          </Heading>
          {pages > 0 ? (
            <Flex align="center" gap="2">
              <IconButton
                variant="soft"
                aria-label={t('preview.previous')}
                disabled={from === 0}
                onClick={() => showPage(Math.max(0, from - step))}
              >
                ‹
              </IconButton>
              <Text size="2" data-testid="labels-preview-position">
                {t(single ? 'preview.labelRange' : 'preview.sheetRange', {
                  page: to > from + 1 ? `${from + 1}–${to}` : from + 1,
                  pages,
                })}
              </Text>
              <IconButton
                variant="soft"
                aria-label={t('preview.next')}
                disabled={to >= pages}
                onClick={() => showPage(from + step)}
              >
                ›
              </IconButton>
            </Flex>
          ) : null}
        </Flex>
        <section className="label-preview-desk" aria-label={t('preview.heading')} data-pages={pages}>
          {job && pages > 0 ? (
            Array.from({ length: to - from }, (_, i) => from + i).map((page) => (
              <div key={page} className="label-preview-page" style={{ zoom }}>
                {page - from < drawn ? (
                  <LabelSheet job={job} page={page} />
                ) : (
                  // Blank paper of the page's size, for one frame: the desk keeps its layout.
                  <div
                    className="label-page-blank"
                    style={{ width: mm(job.profile.page.width), height: mm(job.profile.page.height) }}
                  />
                )}
              </div>
            ))
          ) : (
            <Text color="gray">{document ? t('preview.nothing') : t('preview.empty')}</Text>
          )}
        </section>
      </Flex>
    </Card>
  );
}
