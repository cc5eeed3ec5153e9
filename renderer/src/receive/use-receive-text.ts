import { type NamespaceT, type PluralBase, type TextKey, useNamespaceText } from '../i18n/namespace-texts.ts';
import { type receiveEn, receiveTexts } from './messages.ts';

export type ReceiveKey = PluralBase<TextKey<typeof receiveEn>>;
export type ReceiveText = NamespaceT<ReceiveKey>;

/** The received-goods count's texts in the app's language. */
export function useReceiveText(): ReceiveText {
  return useNamespaceText<ReceiveKey>(receiveTexts).t;
}
