import type { PluralBase, TextKey } from '../i18n/namespace-texts.ts';
import { en } from './messages-en.ts';
import { id } from './messages-id.ts';

export const messages = { en, id } as const;

/** Every key of the namespace, e.g. "invoice.voidTitle" (plurals by their base key). */
export type BackOfficeTextKey = PluralBase<TextKey<typeof en>>;

/** The texts as the namespace `backOffice` of the app's i18next instance. */
export const backOfficeTexts = { namespace: 'backOffice', en, id } as const;
