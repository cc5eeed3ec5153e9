import { randomUUID } from 'node:crypto';
import type { ReportJobView } from './receive-channels.ts';

/** How long the hidden page may take to draw a report before saving gives up. */
export const reportRenderTimeoutMs = 60_000;

export interface OpenReportJob {
  id: string;
  /** Resolves with the page count once the hidden page has drawn the report; rejects after the timeout. */
  rendered: Promise<number>;
}

interface Entry {
  view: ReportJobView;
  resolve(pages: number): void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Reports between "save as PDF" and the hidden window that draws them (as labels' PrintJobs): the
 * window opens on a job id, fetches the report with it and says when it is drawn. A job lives
 * only while its PDF is made.
 */
export class ReportJobs {
  readonly #jobs = new Map<string, Entry>();
  readonly #timeoutMs: number;

  constructor(timeoutMs = reportRenderTimeoutMs) {
    this.#timeoutMs = timeoutMs;
  }

  open(view: ReportJobView): OpenReportJob {
    const id = randomUUID();
    const rendered = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('The report page was not drawn in time.')),
        this.#timeoutMs,
      );
      timer.unref?.();
      this.#jobs.set(id, { view, resolve, timer });
    });
    // A port that never waits for it must not leave an unhandled rejection behind.
    rendered.catch(() => undefined);
    return { id, rendered };
  }

  view(id: string): ReportJobView | null {
    return this.#jobs.get(id)?.view ?? null;
  }

  markRendered(id: string, pages: number): void {
    const entry = this.#jobs.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    entry.resolve(pages);
  }

  close(id: string): void {
    const entry = this.#jobs.get(id);
    if (entry) clearTimeout(entry.timer);
    this.#jobs.delete(id);
  }
}
