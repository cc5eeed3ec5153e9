import { randomUUID } from 'node:crypto';
import type { PrintJobView } from './label-channels.ts';

/** How long the hidden page may take to draw a job before printing gives up. */
export const renderTimeoutMs = 60_000;

export interface OpenJob {
  id: string;
  /** Resolves with the page count once the hidden page has drawn the job; rejects after the timeout. */
  rendered: Promise<number>;
}

interface Entry {
  view: PrintJobView;
  resolve(pages: number): void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Jobs between "print" and the hidden window that draws them: the window is opened on a job id,
 * fetches the job with it, and says when every page is drawn. A job lives only while printing.
 */
export class PrintJobs {
  readonly #jobs = new Map<string, Entry>();
  readonly #timeoutMs: number;

  constructor(timeoutMs = renderTimeoutMs) {
    this.#timeoutMs = timeoutMs;
  }

  open(view: PrintJobView): OpenJob {
    const id = randomUUID();
    const rendered = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error('The label pages were not drawn in time.'));
      }, this.#timeoutMs);
      timer.unref?.();
      this.#jobs.set(id, { view, resolve, timer });
    });
    // A port that never waits for it must not leave an unhandled rejection behind.
    rendered.catch(() => undefined);
    return { id, rendered };
  }

  /** The job for the hidden page; null for an unknown or finished one. */
  view(id: string): PrintJobView | null {
    return this.#jobs.get(id)?.view ?? null;
  }

  /** The hidden page drew `pages` pages; false when the job is unknown or over. */
  markRendered(id: string, pages: number): boolean {
    const entry = this.#jobs.get(id);
    if (!entry) return false;
    clearTimeout(entry.timer);
    entry.resolve(pages);
    return true;
  }

  close(id: string): void {
    const entry = this.#jobs.get(id);
    if (entry) clearTimeout(entry.timer);
    this.#jobs.delete(id);
  }

  get size(): number {
    return this.#jobs.size;
  }
}
