import type { Language } from '../bridge/contract.ts';

/**
 * The language of the UI: the one the user picked, else the OS locale's ("id-ID", "id" or the
 * legacy "in-ID" Java-era code mean Indonesian), else English.
 */
export function chooseLanguage(picked: Language | null, osLocale: string): Language {
  if (picked) return picked;
  const primary = osLocale
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return primary === 'id' || primary === 'in' ? 'id' : 'en';
}
