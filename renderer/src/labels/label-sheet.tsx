import { useMemo } from 'react';
import type { PrintJobView } from '../bridge/contract.ts';
import { faceMetrics } from './face-metrics.ts';
import { LabelFace } from './label-face.tsx';
import { labelsOnPage } from './label-pages.ts';

const mm = (value: number) => `${+value.toFixed(3)}mm`;

/**
 * One page of a job, exactly as it prints: the profile's page with its labels at the layout's
 * cells (one label for a roll, a grid for an A4 sheet). Preview and print window draw this same
 * component with the same CSS.
 */
export function LabelSheet({ job, page }: { job: PrintJobView; page: number }) {
  const { profile } = job;
  const metrics = useMemo(() => faceMetrics(profile), [profile]);
  const labels = labelsOnPage(job.labels, profile.layout.perPage, page);
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
          <div key={index} className="label-cell" style={{ left: mm(cell.x), top: mm(cell.y) }}>
            <LabelFace
              label={label}
              metrics={metrics}
              fields={profile.fields}
              outletName={job.outletName}
              date={job.date}
            />
          </div>
        );
      })}
    </section>
  );
}

/** Pages `from` to `to` (exclusive) of a job. */
export function LabelSheets({ job, from, to }: { job: PrintJobView; from: number; to: number }) {
  const pages: number[] = [];
  for (let page = from; page < to; page++) pages.push(page);
  return (
    <>
      {pages.map((page) => (
        <LabelSheet key={page} job={job} page={page} />
      ))}
    </>
  );
}
