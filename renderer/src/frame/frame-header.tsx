import { Badge, Flex, Separator, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { QuotaMeter } from '../quota/quota-meter.tsx';
import { useAppStore } from '../stores/app-stores.ts';
import { ConnectionState } from './connection-state.tsx';

/** Always on screen while connected: which store and outlet, whether DealPOS answers, the quota. */
export function FrameHeader() {
  const { t } = useTranslation();
  const demo = useAppStore('session', (state) => state.connection.mode === 'demo');
  const outlet = useAppStore('session', (state) => state.connection.outlet);
  return (
    <Flex className="frame-header" align="center" justify="between" gap="5" px="6" py="3" wrap="wrap" asChild>
      <header>
        <Flex align="center" gap="4" wrap="wrap">
          <Text size="5" weight="bold">
            {t('app.name')}
          </Text>
          {demo ? (
            <Badge size="3" color="amber" variant="solid" className="demo-badge" data-testid="demo-badge">
              {t('frame.demoBadge')}
            </Badge>
          ) : null}
          <Separator orientation="vertical" size="2" />
          <Flex direction="column">
            <Text size="3" color="gray" highContrast>
              {t('frame.outlet')}
            </Text>
            <Text size="5" weight="bold" data-testid="outlet-name">
              {outlet?.name ?? t('frame.noOutlet')}
            </Text>
          </Flex>
          <ConnectionState />
        </Flex>
        <QuotaMeter />
      </header>
    </Flex>
  );
}
