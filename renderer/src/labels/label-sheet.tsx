import { memo, useMemo } from 'react';
import type { LabelProfile, PrintJobView, PrintLabel } from '../bridge/contract.ts';
import { type FaceMetrics, faceMetrics } from './face-metrics.ts';
import { createFaceTexts, type FaceTexts } from './face-texts.ts';
import { LabelFace } from './label-face.tsx';
import { labelsOnPage } from './label-pages.ts';
import { canvasContext, createTextMeasure } from './text-cut.ts';

const mm = (value: number) => `${+value.toFixed(3)}mm`;

/** What every label of a profile shares: its sizes, and its texts fitted once per distinct text. */
export interface SheetFaces {
  metrics: FaceMetrics;
  texts: FaceTexts;
}

/** The faces of `profile`, made once per profile (texts measured in this page's fonts). */
export function useSheetFaces(profile: LabelProfile): SheetFaces {
  return useMemo(() => {
    const metrics = faceMetrics(profile);
    const measure = createTextMeasure(canvasContext(globalThis.document));
    return { metrics, texts: createFaceTexts(metrics, measure) };
  }, [profile]);
}

/**
 * One page of labels, exactly as it prints: the profile's page with its labels at the layout's
 * cells (one label for a roll, a grid for an A4 sheet). Cells share the page's grid area and sit
 * at their margins: no positioning, which would give each page a paint layer (labels.css).
 */
const SheetPage = memo(function SheetPage({
  job,
  page,
  labels,
  faces,
}: {
  job: PrintJobView;
  page: number;
  labels: readonly PrintLabel[];
  faces: SheetFaces;
}) {
  const { profile } = job;
  return (
    <section
      className="label-page"
      data-page={page + 1}
      style={{ width: mm(profile.page.width), height: mm(profile.page.height) }}
    >
      {labels.map((label, index) => {
        const cell = profile.layout.cells[index] ?? { x: 0, y: 0 };
        return (
          // Cells never move within a page, so their position is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <div key={index} className="label-cell" style={{ marginLeft: mm(cell.x), marginTop: mm(cell.y) }}>
            <LabelFace
              label={label}
              metrics={faces.metrics}
              texts={faces.texts}
              fields={profile.fields}
              outletName={job.outletName}
              date={job.date}
            />
          </div>
        );
      })}
    </section>
  );
});

/**
 * One page of a job, exactly as it prints. Preview and print window draw this same page with
 * the same CSS.
 */
export function LabelSheet({ job, page }: { job: PrintJobView; page: number }) {
  const faces = useSheetFaces(job.profile);
  const labels = labelsOnPage(job.labels, job.profile.layout.perPage, page);
  return <SheetPage job={job} page={page} labels={labels} faces={faces} />;
}

/** Every label of `labels` in print order (a line's copies after each other), cut into pages of `perPage`. */
function pagesOf(labels: readonly PrintLabel[], perPage: number, from: number, to: number): PrintLabel[][] {
  const size = Math.max(1, perPage);
  const pages: PrintLabel[][] = [];
  let current: PrintLabel[] = [];
  let index = 0;
  for (const label of labels) {
    for (let copy = 0; copy < label.copies; copy++, index++) {
      const page = Math.floor(index / size);
      if (page < from) continue;
      if (page >= to) return pages;
      current.push(label);
      if (current.length === size) {
        pages.push(current);
        current = [];
      }
    }
  }
  if (current.length > 0) pages.push(current);
  return pages;
}

/** Pages `from` to `to` (exclusive) of a job, its labels laid out in one pass over the job. */
export function LabelSheets({ job, from, to }: { job: PrintJobView; from: number; to: number }) {
  const faces = useSheetFaces(job.profile);
  const pages = useMemo(
    () => pagesOf(job.labels, job.profile.layout.perPage, from, to),
    [job.labels, job.profile.layout.perPage, from, to],
  );
  return (
    <>
      {pages.map((labels, i) => (
        // A page's key is its number in the job, not its place in this array.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <SheetPage key={from + i} job={job} page={from + i} labels={labels} faces={faces} />
      ))}
    </>
  );
}
