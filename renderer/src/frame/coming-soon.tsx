import { Card, Flex, Heading, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';

/** An honest placeholder: the feature arrives in a later issue, so nothing is faked here. */
export function ComingSoon({ feature }: { feature: 'scan' | 'labels' | 'customers' }) {
  const { t } = useTranslation();
  return (
    <Card size="4" className="coming-soon">
      <Flex direction="column" gap="3" maxWidth="720px">
        <Heading as="h1" size="7">
          {t(`empty.${feature}.title`)}
        </Heading>
        <Text size="5" color="gray" highContrast>
          {t(`empty.${feature}.body`)}
        </Text>
      </Flex>
    </Card>
  );
}
