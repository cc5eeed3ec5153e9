import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type BackOfficeTextKey, namespace, registerBackOfficeMessages } from './messages.ts';

export type BackOfficeT = (key: BackOfficeTextKey, values?: Record<string, string | number>) => string;

/**
 * The screen's texts in the app's language (it re-renders on a language switch). The namespace
 * is added to the app's i18next instance on first use, before any text is asked for.
 */
export function useBackOfficeText(): { t: BackOfficeT; language: string } {
  const { i18n } = useTranslation();
  registerBackOfficeMessages(i18n);
  const language = i18n.language;
  const t = useMemo<BackOfficeT>(() => {
    const fixed = i18n.getFixedT(language, namespace as never) as unknown as (
      key: string,
      values?: Record<string, string | number>,
    ) => string;
    return (key, values) => fixed(key, values);
  }, [i18n, language]);
  return { t, language };
}
