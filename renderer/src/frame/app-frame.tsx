import { Box, Flex, Tabs } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFrame, useSession } from '../app/stores-context.tsx';
import { BackOfficeScreen } from '../back-office/back-office-screen.tsx';
import { dealposBridge } from '../bridge/dealpos-bridge.ts';
import { CustomersScreen } from '../customers/customers-screen.tsx';
import { LanguageSwitch } from '../i18n/language-switch.tsx';
import { LabelsScreen } from '../labels/labels-screen.tsx';
import { createLabelsStore } from '../labels/labels-store.ts';
import { CatalogProvider, useCatalogStore } from '../scan/catalog-context.tsx';
import { ScanScreen } from '../scan/scan-screen.tsx';
import { SettingsScreen } from '../settings/settings-screen.tsx';
import { FrameHeader } from './frame-header.tsx';
import { type Section, sections } from './frame-store.ts';

const isSection = (value: string): value is Section => (sections as readonly string[]).includes(value);

/** The connected app: the header (outlet, state, quota, language) over the features. */
export function AppFrame() {
  return (
    // The catalog store lives above the tabs: a download goes on while another tab is open.
    <CatalogProvider bridge={dealposBridge}>
      <FrameTabs />
    </CatalogProvider>
  );
}

function FrameTabs() {
  const { t } = useTranslation();
  const section = useFrame((state) => state.section);
  const show = useFrame((state) => state.show);
  const outletName = useSession((state) => state.connection.outlet?.name);
  const catalog = useCatalogStore();
  // The label job outlives a switch to another tab; its selling prices come from the catalog cache.
  const [labels] = useState(() =>
    createLabelsStore({
      bridge: dealposBridge(),
      catalog: { find: (code) => catalog.getState().find(code) },
    }),
  );
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
              <LabelsScreen store={labels} />
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
