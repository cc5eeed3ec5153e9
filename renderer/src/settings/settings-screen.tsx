import { Button, DataList, Flex, Heading, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n/language-switch.tsx';
import { PasscodePanel } from '../manager/passcode-panel.tsx';
import { useAppStore } from '../stores/app-stores.ts';
import { AboutDialog } from '../ui/about-dialog.tsx';
import { SectionCard } from '../ui/section-card.tsx';
import { ChangeOutletDialog } from './change-outlet-dialog.tsx';
import { DisconnectDialog } from './disconnect-dialog.tsx';
import { StoreCheckPanel } from './store-check-panel.tsx';
import { SupportBundlePanel } from './support-bundle-panel.tsx';
import { UpdatesPanel } from './updates-panel.tsx';

/** Language, the connection of this counter, and leaving it. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const connection = useAppStore('session', (state) => state.connection);
  const version = useAppStore('session', (state) => state.appInfo?.version);
  const startOutletChange = useAppStore('outletChange', (state) => state.start);
  const demo = connection.mode === 'demo';

  return (
    <Flex direction="column" gap="5" maxWidth="1100px">
      <Heading as="h1" size="7">
        {t('settings.title')}
      </Heading>

      <SectionCard title={t('settings.language')} gap="3">
        <Flex>
          <LanguageSwitch size="3" />
        </Flex>
      </SectionCard>

      <SectionCard title={t('settings.connection')} gap="4">
        <DataList.Root size="3">
          <DataList.Item>
            <DataList.Label>{t('settings.mode')}</DataList.Label>
            <DataList.Value>{demo ? t('settings.modeDemo') : t('settings.modeLive')}</DataList.Value>
          </DataList.Item>
          {connection.host ? (
            <DataList.Item>
              <DataList.Label>{t('settings.host')}</DataList.Label>
              <DataList.Value>{connection.host}</DataList.Value>
            </DataList.Item>
          ) : null}
          {connection.clientId ? (
            <DataList.Item>
              <DataList.Label>{t('settings.clientId')}</DataList.Label>
              <DataList.Value>{connection.clientId}</DataList.Value>
            </DataList.Item>
          ) : null}
          <DataList.Item>
            <DataList.Label>{t('settings.outlet')}</DataList.Label>
            <DataList.Value>
              <Flex align="center" gap="4" wrap="wrap">
                <Text weight="bold">{connection.outlet?.name ?? t('frame.noOutlet')}</Text>
                <Button
                  size="2"
                  variant="soft"
                  onClick={() => void startOutletChange(connection.outlet?.id ?? null)}
                >
                  {t('settings.changeOutlet')}
                </Button>
              </Flex>
            </DataList.Value>
          </DataList.Item>
        </DataList.Root>
        <Flex>
          <DisconnectDialog demo={demo} />
        </Flex>
      </SectionCard>

      <PasscodePanel connectedLive={connection.mode === 'live' && connection.outlet !== null} />

      <StoreCheckPanel demo={demo} />

      <SupportBundlePanel />

      <UpdatesPanel />

      <Flex align="center" gap="4">
        {version ? (
          <Text size="3" color="gray" highContrast>
            {t('settings.version')}: {version}
          </Text>
        ) : null}
        <AboutDialog version={version} />
      </Flex>
      <ChangeOutletDialog />
    </Flex>
  );
}
