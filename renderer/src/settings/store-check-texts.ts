import { type NamespaceT, type TextKey, useNamespaceText } from '../i18n/namespace-texts.ts';
import { en } from './store-check-texts-en.ts';
import { id } from './store-check-texts-id.ts';

export type StoreCheckTextKey = TextKey<typeof en>;
export type StoreCheckT = NamespaceT<StoreCheckTextKey>;

/** The texts as the namespace `storeCheck` of the app's i18next instance. */
export const storeCheckTexts = { namespace: 'storeCheck', en, id } as const;

/** The store check's texts in the app's language. */
export const useStoreCheckText = () => useNamespaceText<StoreCheckTextKey>(storeCheckTexts);
