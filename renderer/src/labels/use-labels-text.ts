import { type NamespaceT, type TextKey, useNamespaceText } from '../i18n/namespace-texts.ts';
import { type labelsEn, labelTexts } from './messages.ts';

/** Plural forms are asked for by their base key with a `count`. */
type Base<K extends string> = K extends `${infer B}_${'one' | 'other'}` ? B : K;

export type LabelKey = Base<TextKey<typeof labelsEn>>;
export type LabelsText = NamespaceT<LabelKey>;

/** The Labels screen's texts in the app's language. */
export function useLabelsText(): LabelsText {
  return useNamespaceText<LabelKey>(labelTexts).t;
}
