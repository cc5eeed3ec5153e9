import type { TFunction } from 'i18next';
import type { IpcError } from '../bridge/contract.ts';
import { en } from '../i18n/en.ts';

type ErrorKind = IpcError['kind'];

export interface ErrorText {
  title: string;
  hint: string;
  /** DealPOS's own words, shown as a quote (English: DealPOS writes no other language). */
  dealposMessage?: string;
}

// Where DealPOS's text is the useful part: the missing role, the outlet refused, the refused
// field, the record's state.
const quotesDealpos: ReadonlySet<ErrorKind> = new Set([
  'forbidden',
  'outlet-forbidden',
  'bad-request',
  'conflict',
]);

/**
 * A feature's own words for some kinds, where the screen can say more than the app-wide text
 * (the scan screen's "the request limit is used up for now"); every other kind reads as the app's.
 */
export type FeatureErrorTexts = Partial<Record<ErrorKind, { title: string; hint?: string }>>;

const isKnownKind = (kind: string): kind is ErrorKind =>
  Object.hasOwn(en.errors, kind) && kind !== 'dealposSays';

/**
 * What to tell the person at the counter about a failed call, in the language of `t`. A kind
 * this page does not know yet (a newer main process) reads as an internal error.
 */
export function describeError(
  error: IpcError,
  t: TFunction,
  featureTexts: FeatureErrorTexts = {},
): ErrorText {
  const kind: ErrorKind = isKnownKind(error.kind) ? error.kind : 'internal';
  const own = featureTexts[kind];
  const text: ErrorText = own
    ? { title: own.title, hint: own.hint ?? '' }
    : { title: t(`errors.${kind}.title`), hint: t(`errors.${kind}.hint`) };
  if (error.dealposMessage && quotesDealpos.has(kind)) text.dealposMessage = error.dealposMessage;
  return text;
}
