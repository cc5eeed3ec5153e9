import { SegmentedControl } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { Language } from '../bridge/contract.ts';
import { useAppStore } from '../stores/app-stores.ts';

const isLanguage = (value: string): value is Language => value === 'en' || value === 'id';

/** English / Bahasa Indonesia, each named in its own language; the choice is saved in main. */
export function LanguageSwitch({ size = '2' }: { size?: '2' | '3' }) {
  const { t } = useTranslation();
  const language = useAppStore('session', (state) => state.language);
  const setLanguage = useAppStore('session', (state) => state.setLanguage);
  return (
    <SegmentedControl.Root
      size={size}
      value={language}
      aria-label={t('language.label')}
      onValueChange={(value) => {
        if (isLanguage(value)) void setLanguage(value);
      }}
    >
      <SegmentedControl.Item value="en" lang="en">
        {t('language.en')}
      </SegmentedControl.Item>
      <SegmentedControl.Item value="id" lang="id">
        {t('language.id')}
      </SegmentedControl.Item>
    </SegmentedControl.Root>
  );
}
