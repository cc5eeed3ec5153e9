import type { LabelDocument, LabelJob, LabelProfile, PrintJobView } from '../bridge/contract.ts';
import { type JobRow, type JobTotals, jobLabels, jobRows, jobTotals } from './job-lines.ts';
import type { LabelsState } from './labels-state.ts';

/** What the current job is made of: a change to any of these makes a new job. */
export type JobInputs = Pick<
  LabelsState,
  | 'lines'
  | 'catalog'
  | 'outletPrices'
  | 'priceSource'
  | 'symbology'
  | 'document'
  | 'profiles'
  | 'profileId'
  | 'date'
>;

/** The job of the screen, in every shape its readers need, from one computation. */
export interface CurrentJob {
  /** The chosen label size, or the first one when the chosen one is gone. */
  profile: LabelProfile | null;
  /** What the lines table shows: codes checked, prices resolved. */
  rows: JobRow[];
  totals: JobTotals;
  /** What the preview draws (null without a document or a profile; it may have no labels). */
  view: PrintJobView | null;
  /** What Print and Save as PDF send to main: null when there is nothing to print. */
  print: LabelJob | null;
}

/** Which document outlet price rows belong to (DealPOS matches outlet and number case-blind). */
export const documentKey = (d: Pick<LabelDocument, 'kind' | 'outlet' | 'number'>) =>
  `${d.kind}\u0000${d.outlet.toLowerCase()}\u0000${d.number.toLowerCase()}`;

export function profileOf(state: Pick<LabelsState, 'profiles' | 'profileId'>): LabelProfile | null {
  return state.profiles.find((p) => p.id === state.profileId) ?? state.profiles[0] ?? null;
}

/** Works the job out from its inputs. Prefer the store's `selectJob`, which does it once per change. */
export function currentJob(state: JobInputs): CurrentJob {
  const { document, date } = state;
  const profile = profileOf(state);
  // Once per job, not per line: the key lower-cases the document's outlet and number.
  const outletRows =
    document && state.outletPrices.documentKey === documentKey(document) ? state.outletPrices.rows : null;
  const rows = jobRows(state.lines, {
    priceSource: state.priceSource,
    symbology: state.symbology,
    documentIsCost: document?.kind === 'bill',
    catalog: (code) => (state.catalog.has(code) ? (state.catalog.get(code) ?? null) : undefined),
    outlet: (code) => outletRows?.get(code),
  });
  const labels = jobLabels(rows);
  const view = profile && document ? { profile, outletName: document.outlet, date, labels } : null;
  return {
    profile,
    rows,
    totals: jobTotals(rows, profile?.layout.perPage ?? 1),
    view,
    print:
      view && labels.length > 0
        ? { profileId: view.profile.id, outletName: view.outletName, date: view.date, labels }
        : null,
  };
}

const inputKeys = [
  'lines',
  'catalog',
  'outletPrices',
  'priceSource',
  'symbology',
  'document',
  'profiles',
  'profileId',
  'date',
] as const satisfies readonly (keyof JobInputs)[];

/**
 * `currentJob` remembered for the last inputs, so the preview, the table and Print share one
 * job and a re-render with the same state gets the same object (React's store subscriptions need it).
 * One per store: the memory lives in the closure.
 */
export function createJobSelector(): (state: JobInputs) => CurrentJob {
  let last: { inputs: JobInputs; job: CurrentJob } | null = null;
  return (state) => {
    if (last && inputKeys.every((key) => last?.inputs[key] === state[key])) return last.job;
    const job = currentJob(state);
    last = { inputs: state, job };
    return job;
  };
}
