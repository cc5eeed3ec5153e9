import type { i18n } from 'i18next';
import { useCallback, useContext, useSyncExternalStore } from 'react';
import { getI18n, I18nContext } from 'react-i18next';

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
 * Texts each of a feature's `t` caches, plain and with values apart (so up to twice this in all),
 * before that cache starts over (a session's counts and codes). Values are keyed by their JSON,
 * which reads NaN and Infinity as null: texts here take counts, codes and names, never those.
 */
const cachedTexts = 2000;

/**
 * `t` for one language and namespace, remembering what it answered: the texts are fixed once
 * registered, and i18next's own `t` does a lot for each call (key parsing, namespace checks,
 * plurals, interpolation): on the Scan screen, with `useTranslation` around it, ~33 kB of
 * garbage a scan for a dozen texts, a quarter of what the app allocated a scan
 * (bench/SCAN-TRACE.md, "Seventh step").
 */
function rememberingT(instance: i18n, language: string, namespace: string): NamespaceT<string> {
  const getFixedT = instance.getFixedT.bind(instance) as unknown as (
    lng: string,
    ns: string,
  ) => (key: string, values?: object) => string;
  const fixed = getFixedT(language, namespace);
  const plain = new Map<string, string>();
  const withValues = new Map<string, string>();
  return (key, values) => {
    const cache = values === undefined ? plain : withValues;
    const id = values === undefined ? key : `${key}\u0000${JSON.stringify(values)}`;
    let text = cache.get(id);
    if (text === undefined) {
      text = fixed(key, values);
      if (cache.size >= cachedTexts) cache.clear();
      cache.set(id, text);
    }
    return text;
  };
}

/** Each instance's `t`s, by language and namespace: every component of a feature shares one. */
const ts = new WeakMap<i18n, Map<string, NamespaceT<string>>>();

function namespaceT(instance: i18n, language: string, texts: NamespaceTexts): NamespaceT<string> {
  let byName = ts.get(instance);
  if (!byName) {
    byName = new Map();
    ts.set(instance, byName);
  }
  const name = `${language}\u0000${texts.namespace}`;
  let t = byName.get(name);
  if (!t) {
    registerNamespace(instance, texts);
    t = rememberingT(instance, language, texts.namespace);
    byName.set(name, t);
  }
  return t;
}

/**
 * A feature's texts in the app's language, typed by the feature's own keys (the app's i18next
 * types know only its default namespace). Re-renders on a language switch, as useTranslation
 * does; not built on useTranslation, which works out its options, namespaces and readiness on
 * every render (all texts here are bundled and ready at once).
 */
export function useNamespaceText<K extends string>(
  texts: NamespaceTexts,
): { t: NamespaceT<K>; language: string } {
  const instance = useContext(I18nContext)?.i18n ?? getI18n();
  const subscribe = useCallback(
    (changed: () => void) => {
      instance.on('languageChanged', changed);
      return () => instance.off('languageChanged', changed);
    },
    [instance],
  );
  const language = useSyncExternalStore(subscribe, () => instance.language);
  return { t: namespaceT(instance, language, texts), language };
}
