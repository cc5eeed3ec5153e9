import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type labelsEn, labelsNamespace, registerLabelMessages } from './messages.ts';

type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
/** Plural forms are asked for by their base key with a `count`. */
type Base<K extends string> = K extends `${infer B}_${'one' | 'other'}` ? B : K;

export type LabelKey = Base<Paths<typeof labelsEn>>;
export type LabelsText = (key: LabelKey, values?: Record<string, string | number>) => string;

/**
 * The labels screen's texts in the current language. The app's i18next types know only its
 * default namespace, so this hook gives the "labels" namespace its own key type; it re-renders
 * on a language change like `useTranslation` does.
 */
export function useLabelsText(): LabelsText {
  const { i18n } = useTranslation();
  registerLabelMessages(i18n);
  const language = i18n.language;
  return useMemo(() => {
    // The app's i18next types allow only its default namespace; this one is typed by LabelKey.
    const getFixedT = i18n.getFixedT.bind(i18n) as unknown as (
      lng: string,
      ns: string,
    ) => (key: string, values?: object) => string;
    const fixed = getFixedT(language, labelsNamespace);
    return (key, values) => fixed(key, values);
  }, [i18n, language]);
}
