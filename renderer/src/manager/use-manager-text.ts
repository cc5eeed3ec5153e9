import { type NamespaceT, type PluralBase, useNamespaceText } from '../i18n/namespace-texts.ts';
import { type ManagerTextKey, managerTexts } from './messages.ts';

export type ManagerKey = PluralBase<ManagerTextKey>;
export type ManagerT = NamespaceT<ManagerKey>;

/** The manager passcode's texts in the app's language. */
export const useManagerText = () => useNamespaceText<ManagerKey>(managerTexts);
