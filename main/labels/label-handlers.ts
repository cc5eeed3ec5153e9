import type { FeatureContext } from '../core/feature-context.ts';
import type { HandlersFor } from '../ipc/channel.ts';
import { ServiceError } from '../ipc/service-error.ts';
import { lookUpDocument } from './document-lookup.ts';
import type {
  LabelJob,
  LabelProfile,
  labelChannels,
  PrintAnswer,
  PrintersAnswer,
  SaveFileAnswer,
} from './label-channels.ts';
import { LabelPreferencesStore } from './label-preferences.ts';
import { fetchOutletPrices } from './outlet-prices.ts';
import { type OpenJob, PrintJobs } from './print-jobs.ts';
import { labelFileName, pdfOptions, printOptions } from './print-options.ts';
import type { PrinterPort } from './printer-port.ts';
import { ProfileStore } from './profile-store.ts';
import { RecentDocuments } from './recent-documents.ts';

/**
 * What the page is told when printing or saving fails on our side. The error itself (a file path,
 * an OS error) goes to the app log only: the page has no business with the PC's folders.
 */
export const printFailedReason = 'The labels could not be printed or saved. The app log has the details.';

const unknownProfile = () =>
  new ServiceError('invalid-input', 'That label profile no longer exists. Choose another profile.');

/** What label handlers get: the app's context and the desktop's printing side. */
export interface LabelContext extends FeatureContext {
  /** Printers, the hidden print window and the save dialog (the desktop-only answer outside Electron). */
  printer: PrinterPort;
}

/** Barcode label handlers (issue #5 "Barcode labels from supplier bills and outlet deliveries"). */
export function createLabelHandlers(context: LabelContext): HandlersFor<typeof labelChannels> {
  const profiles = new ProfileStore(context.openStore('label-profiles'));
  const recent = new RecentDocuments(context.openStore('label-recent-documents'));
  const preferences = new LabelPreferencesStore(context.openStore('label-preferences'));
  const jobs = new PrintJobs();
  const port = context.printer;

  const profileOf = (id: string): LabelProfile => {
    const profile = profiles.get(id);
    if (!profile) throw unknownProfile();
    return profile;
  };

  const failed = (error: unknown): { kind: 'failed'; reason: string } => {
    context.log(`labels: printing failed: ${error instanceof Error ? error.message : String(error)}`);
    return { kind: 'failed', reason: printFailedReason };
  };

  /** Opens the job for the hidden page, runs `work` on it, and always closes it again. */
  const runJob = async <T extends PrintAnswer | SaveFileAnswer>(
    job: LabelJob,
    work: (profile: LabelProfile, open: OpenJob) => Promise<T>,
  ): Promise<T | { kind: 'failed'; reason: string }> => {
    const profile = profileOf(job.profileId);
    const open = jobs.open({ profile, outletName: job.outletName, date: job.date, labels: job.labels });
    try {
      return await work(profile, open);
    } catch (error) {
      // The page did not draw in time, the window could not open, the file could not be written.
      return failed(error);
    } finally {
      jobs.close(open.id);
    }
  };

  /** The printers with the label size last printed on each. */
  const printersNow = async (): Promise<PrintersAnswer> => {
    if (!port.available) return { available: false, printers: [] };
    const printers = await port.listPrinters();
    return {
      available: true,
      printers: printers.map((p) => ({ ...p, lastProfileId: preferences.profileFor(p.name) })),
    };
  };

  return {
    'labels:lookup-document': async (query) => {
      const answer = await lookUpDocument(context.connection.client(), query, context.now());
      if (answer.kind !== 'found') return answer;
      recent.remember(answer.document);
      return { ...answer, recent: recent.list() };
    },

    'labels:outlet-prices': ({ outlet, codes }) =>
      fetchOutletPrices(context.connection.client(), outlet, codes),

    'labels:profiles': () => profiles.list(),
    'labels:check-profile': (input) => profiles.check(input),
    'labels:save-profile': (input) => {
      const answer = profiles.save(input);
      return answer.saved ? { ...answer, profiles: profiles.list() } : answer;
    },
    'labels:delete-profile': ({ id }) => {
      const list = profiles.delete(id);
      // A deleted profile must not stay the remembered one.
      if (preferences.get().profileId === id) preferences.update({ profileId: list[0]?.id ?? id });
      return list;
    },

    'labels:recent': () => recent.list(),
    'labels:preferences': () => {
      const current = preferences.get();
      return profiles.get(current.profileId)
        ? current
        : { ...current, profileId: profiles.list()[0]?.id ?? '' };
    },
    'labels:save-preferences': (change) => preferences.update(change),

    'labels:printers': printersNow,

    'labels:print': ({ job, target }) =>
      runJob(job, async (profile, open) => {
        const printerName = target.kind === 'printer' ? target.name : null;
        const answer = await port.print({
          jobId: open.id,
          rendered: open.rendered,
          options: printOptions(profile, printerName),
        });
        if (answer.kind !== 'printed') return answer;
        if (printerName !== null) preferences.rememberPrinter(printerName, profile.id);
        return { ...answer, printers: await printersNow() };
      }),

    'labels:save-pdf': ({ job, fileName }) =>
      runJob(job, (profile, open) =>
        port.savePdf({
          jobId: open.id,
          rendered: open.rendered,
          options: pdfOptions(profile),
          fileName: labelFileName(fileName, 'pdf'),
        }),
      ),

    'labels:save-zpl': ({ fileName, zpl }) =>
      port
        .saveText({
          fileName: labelFileName(fileName, 'zpl'),
          text: zpl,
          filter: { name: 'ZPL (Zebra)', extensions: ['zpl', 'txt'] },
        })
        .catch(failed),

    'labels:print-job': ({ jobId }) => jobs.view(jobId),
    'labels:print-rendered': ({ jobId, pages }) => {
      jobs.markRendered(jobId, pages);
      return null;
    },
  };
}
