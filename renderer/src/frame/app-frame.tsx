import { Box, Flex, Tabs } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { BackOfficeScreen } from '../back-office/back-office-screen.tsx';
import { dealposBridge } from '../bridge/dealpos-bridge.ts';
import { useCatalogRefresh } from '../catalog/catalog-refresh.ts';
import { CustomersScreen } from '../customers/customers-screen.tsx';
import { LanguageSwitch } from '../i18n/language-switch.tsx';
import { LabelsScreen } from '../labels/labels-screen.tsx';
import { ScanScreen } from '../scan/scan-screen.tsx';
import { type Section, sections } from '../session/frame-store.ts';
import { SettingsScreen } from '../settings/settings-screen.tsx';
import { useAppStore, useStores } from '../stores/app-stores.ts';
import { FrameHeader } from './frame-header.tsx';

const isSection = (value: string): value is Section => (sections as readonly string[]).includes(value);

/** The connected app: the header (outlet, state, quota, language) over the features. */
export function AppFrame() {
  const { t } = useTranslation();
  const { catalog, labels } = useStores();
  const section = useAppStore('frame', (state) => state.section);
  const show = useAppStore('frame', (state) => state.show);
  const outletName = useAppStore('session', (state) => state.connection.outlet?.name);
  const refreshEveryHours = useAppStore('scannerSettings', (s) => s.refreshEveryHours);
  // The scheduled catalog refresh runs whichever tab is open, while connected.
  useCatalogRefresh(catalog, dealposBridge, refreshEveryHours);
  return (
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
              <ScanScreen
                onSendToLabels={(lines) => {
                  labels.getState().openScans(lines, outletName ?? '');
                  show('labels');
                }}
              />
            </Tabs.Content>
            <Tabs.Content value="labels">
              <LabelsScreen />
            </Tabs.Content>
            <Tabs.Content value="customers">
              <CustomersScreen />
            </Tabs.Content>
            <Tabs.Content value="office">
              <BackOfficeScreen />
            </Tabs.Content>
            <Tabs.Content value="settings">
              <SettingsScreen />
            </Tabs.Content>
          </main>
        </Box>
      </Tabs.Root>
    </Flex>
  );
}
