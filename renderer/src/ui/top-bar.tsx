import { Flex, Text } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n/language-switch.tsx';

/** The bar above the first screens: where you are, and the language switch. */
export function TopBar({ start }: { start?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex className="top-bar" align="center" justify="between" gap="4" px="5" py="3" asChild>
      <header>
        <Flex align="center" gap="4">
          {start}
          <Text size="5" weight="bold">
            {t('app.name')}
          </Text>
        </Flex>
        <LanguageSwitch />
      </header>
    </Flex>
  );
}
