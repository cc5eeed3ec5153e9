import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../bridge/contract.ts';
import { en as scanEn, id as scanId } from '../scan/messages.ts';
import { en } from './en.ts';
import { id } from './id.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    // A feature with many texts keeps them in a namespace of its own, next to its screen.
    resources: { translation: typeof en; scan: typeof scanEn };
  }
}

/**
 * A fresh i18next instance with both languages bundled (no loading over the network: the CSP
 * allows none). Resources are in memory, so it is ready when this returns.
 */
export function createI18n(language: Language = 'en'): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en, scan: scanEn }, id: { translation: id, scan: scanId } },
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
