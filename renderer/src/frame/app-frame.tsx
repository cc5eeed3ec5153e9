import { Box, Flex, Tabs } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { useFrame } from '../app/stores-context.tsx';
import { dealposBridge } from '../bridge/dealpos-bridge.ts';
import { CustomersScreen } from '../customers/customers-screen.tsx';
import { LanguageSwitch } from '../i18n/language-switch.tsx';
import { CatalogProvider } from '../scan/catalog-context.tsx';
import { ScanScreen } from '../scan/scan-screen.tsx';
import { SettingsScreen } from '../settings/settings-screen.tsx';
import { ComingSoon } from './coming-soon.tsx';
import { FrameHeader } from './frame-header.tsx';
import { type Section, sections } from './frame-store.ts';

const isSection = (value: string): value is Section => (sections as readonly string[]).includes(value);

/** The connected app: the header (outlet, state, quota, language) over the features. */
export function AppFrame() {
  const { t } = useTranslation();
  const section = useFrame((state) => state.section);
  const show = useFrame((state) => state.show);
  return (
    // The catalog store lives above the tabs: a download goes on while another tab is open.
    <CatalogProvider bridge={dealposBridge}>
      <Flex direction="column" className="screen">
        <FrameHeader />
        <Tabs.Root
          className="frame-tabs"
          value={section}
          onValueChange={(value) => {
            if (isSection(value)) show(value);
          }}
        >
          <Flex className="frame-nav" align="center" justify="between" gap="4" pr="6">
            <Tabs.List size="2" aria-label={t('frame.sections')}>
              {sections.map((name) => (
                <Tabs.Trigger key={name} value={name}>
                  {t(`frame.${name}`)}
                </Tabs.Trigger>
              ))}
            </Tabs.List>
            <LanguageSwitch />
          </Flex>
          <Box px="6" py="6" asChild>
            <main>
              <Tabs.Content value="scan">
                <ScanScreen />
              </Tabs.Content>
              <Tabs.Content value="labels">
                <ComingSoon feature="labels" />
              </Tabs.Content>
              <Tabs.Content value="customers">
                <CustomersScreen />
              </Tabs.Content>
              <Tabs.Content value="settings">
                <SettingsScreen />
              </Tabs.Content>
            </main>
          </Box>
        </Tabs.Root>
      </Flex>
    </CatalogProvider>
  );
}
