import type { SameKeys } from '../i18n/namespace-texts.ts';
import { documentEn, documentId } from './texts/document-texts.ts';
import { jobEn, jobId } from './texts/job-texts.ts';
import { printEn, printId } from './texts/print-texts.ts';
import { profileEn, profileId } from './texts/profile-texts.ts';

/** English texts of the labels screen (i18next namespace "labels"), one part per screen area. */
export const labelsEn = {
  title: 'Barcode labels',
  lead: 'Print a label for every unit received on a supplier bill or an outlet delivery.',
  ...documentEn,
  ...jobEn,
  ...printEn,
  ...profileEn,
};

export type LabelMessages = SameKeys<typeof labelsEn>;

/** Bahasa Indonesia: the words used at a shop counter. */
export const labelsId: LabelMessages = {
  title: 'Label barcode',
  lead: 'Cetak label untuk setiap unit yang diterima dari tagihan pemasok atau kiriman antar outlet.',
  ...documentId,
  ...jobId,
  ...printId,
  ...profileId,
};

/** The texts as the namespace `labels` of the app's i18next instance. */
export const labelTexts = { namespace: 'labels', en: labelsEn, id: labelsId } as const;
