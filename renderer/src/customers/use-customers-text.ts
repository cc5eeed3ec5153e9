import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type CustomerTextKey, namespace, registerCustomerMessages } from './messages.ts';

export type CustomersT = (key: CustomerTextKey, values?: Record<string, string | number>) => string;

/**
 * The screen's texts in the app's language (it re-renders on a language switch). The namespace
 * is added to the app's i18next instance on first use, before any text is asked for.
 */
export function useCustomersText(): { t: CustomersT; language: string } {
  const { i18n } = useTranslation();
  registerCustomerMessages(i18n);
  const language = i18n.language;
  const t = useMemo<CustomersT>(() => {
    const fixed = i18n.getFixedT(language, namespace as never) as unknown as (
      key: string,
      values?: Record<string, string | number>,
    ) => string;
    return (key, values) => fixed(key, values);
  }, [i18n, language]);
  return { t, language };
}
