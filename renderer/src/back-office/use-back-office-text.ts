import { type NamespaceT, useNamespaceText } from '../i18n/namespace-texts.ts';
import { type BackOfficeTextKey, backOfficeTexts } from './messages.ts';

export type BackOfficeT = NamespaceT<BackOfficeTextKey>;

/** The Back office screen's texts in the app's language. */
export const useBackOfficeText = () => useNamespaceText<BackOfficeTextKey>(backOfficeTexts);
