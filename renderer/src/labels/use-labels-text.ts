import { type NamespaceT, type PluralBase, type TextKey, useNamespaceText } from '../i18n/namespace-texts.ts';
import { type labelsEn, labelTexts } from './messages.ts';

export type LabelKey = PluralBase<TextKey<typeof labelsEn>>;
export type LabelsText = NamespaceT<LabelKey>;

/** The Labels screen's texts in the app's language. */
export function useLabelsText(): LabelsText {
  return useNamespaceText<LabelKey>(labelTexts).t;
}
