import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../bridge/contract.ts';
import { en } from './en.ts';
import { id } from './id.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    // Only the app's own texts: each feature keeps its texts in a namespace of its own, next to
    // its screen, loaded and typed by namespace-texts.ts.
    resources: { translation: typeof en };
  }
}

/**
 * A fresh i18next instance with both languages bundled (no loading over the network: the CSP
 * allows none). Resources are in memory, so it is ready when this returns.
 */
export function createI18n(language: Language = 'en'): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en }, id: { translation: id } },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'id'],
    // React escapes what it renders; escaping here too would show "&amp;" on screen.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/** Switches the texts and the document's language (screen readers, hyphenation). */
export async function applyLanguage(instance: i18n, language: Language): Promise<void> {
  await instance.changeLanguage(language);
  document.documentElement.lang = language;
}
