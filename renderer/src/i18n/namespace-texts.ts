import type { i18n } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Every key of a texts object, dotted: "pin.wrong". */
/** Plural forms (`key_one`, `key_other`) are asked for by their base key with a `count`. */
export type PluralBase<K extends string> = K extends `${infer B}_${'one' | 'other'}` ? B : K;

export type TextKey<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : TextKey<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** The other language's texts: exactly the same keys, any wording. */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

export type NamespaceT<K extends string> = (key: K, values?: Record<string, string | number>) => string;

/** A feature's texts in both languages, kept next to its screen. */
export interface NamespaceTexts {
  namespace: string;
  en: object;
  id: object;
}

/**
 * Adds a feature's texts to the app's i18next instance, once. The app makes its own instance
 * (createI18n), so the feature cannot add them to the global i18next at module load.
 */
export function registerNamespace(
  instance: Pick<i18n, 'hasResourceBundle' | 'addResourceBundle'>,
  texts: NamespaceTexts,
): void {
  for (const language of ['en', 'id'] as const) {
    if (!instance.hasResourceBundle(language, texts.namespace)) {
      instance.addResourceBundle(language, texts.namespace, texts[language]);
    }
  }
}

/**
 * A feature's texts in the app's language, typed by the feature's own keys (the app's i18next
 * types know only its default namespace). Re-renders on a language switch like useTranslation.
 */
export function useNamespaceText<K extends string>(
  texts: NamespaceTexts,
): { t: NamespaceT<K>; language: string } {
  const { i18n: instance } = useTranslation();
  registerNamespace(instance, texts);
  const language = instance.language;
  const t = useMemo<NamespaceT<K>>(() => {
    const getFixedT = instance.getFixedT.bind(instance) as unknown as (
      lng: string,
      ns: string,
    ) => (key: string, values?: object) => string;
    const fixed = getFixedT(language, texts.namespace);
    return (key, values) => fixed(key, values);
  }, [instance, language, texts.namespace]);
  return { t, language };
}
