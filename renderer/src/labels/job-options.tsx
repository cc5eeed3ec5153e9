import { Button, Callout, Card, Flex, Heading, RadioGroup, Select, Spinner, Text } from '@radix-ui/themes';
import type { PriceSource } from '../../../main/ipc/contract.ts';
import { useAppStore } from '../stores/app-stores.ts';
import { useLabelsText } from './use-labels-text.ts';

const sources: PriceSource[] = ['catalog', 'document', 'outlet'];
const isSource = (value: string): value is PriceSource => (sources as string[]).includes(value);

/** Price source, label size and barcode type: chosen per job, remembered for the next. */
export function JobOptions({ onEditProfiles }: { onEditProfiles(): void }) {
  const t = useLabelsText();
  const priceSource = useAppStore('labels', (s) => s.priceSource);
  const kind = useAppStore('labels', (s) => s.document?.kind ?? s.kind);
  const outletPrices = useAppStore('labels', (s) => s.outletPrices);
  const distinctCodes = useAppStore(
    'labels',
    (s) => new Set(s.document?.lines.map((l) => l.code) ?? []).size,
  );
  const profiles = useAppStore('labels', (s) => s.profiles);
  const profileId = useAppStore('labels', (s) => s.profileId);
  const symbology = useAppStore('labels', (s) => s.symbology);
  const choosePriceSource = useAppStore('labels', (s) => s.choosePriceSource);
  const retryOutletPrices = useAppStore('labels', (s) => s.retryOutletPrices);
  const chooseProfile = useAppStore('labels', (s) => s.chooseProfile);
  const chooseSymbology = useAppStore('labels', (s) => s.chooseSymbology);

  return (
    <Card size="3">
      <Flex direction="column" gap="4">
        <Heading as="h2" size="5">
          {t('options.heading')}
        </Heading>
        <Flex direction="column" gap="2">
          <Text as="div" size="2" weight="bold" id="labels-price-source">
            {t('options.priceSource')}
          </Text>
          <RadioGroup.Root
            size="3"
            value={priceSource}
            aria-labelledby="labels-price-source"
            onValueChange={(value) => {
              if (isSource(value)) void choosePriceSource(value);
            }}
          >
            {sources.map((source) => (
              <RadioGroup.Item key={source} value={source}>
                {t(
                  source === 'document' && kind === 'bill'
                    ? 'options.source.billDocument'
                    : `options.source.${source}`,
                )}
              </RadioGroup.Item>
            ))}
          </RadioGroup.Root>
          {distinctCodes > 0 ? (
            <Text size="1" color="gray">
              {t('options.outletCost', { count: distinctCodes })}
            </Text>
          ) : null}
          {priceSource === 'outlet' && outletPrices.busy ? (
            <Flex gap="2" align="center">
              <Spinner />
              <Text size="2">{t('options.outletLoading')}</Text>
            </Flex>
          ) : null}
          {priceSource === 'outlet' && outletPrices.error ? (
            <Callout.Root color="red" size="1" role="alert" data-error-kind={outletPrices.error.kind}>
              <Callout.Text>
                {t('options.outletFailed')} {outletPrices.error.message}
              </Callout.Text>
              <Button size="1" variant="soft" onClick={() => void retryOutletPrices()}>
                {t('options.retry')}
              </Button>
            </Callout.Root>
          ) : null}
        </Flex>
        <Flex direction="column" gap="1">
          <Text as="label" size="2" weight="bold" id="labels-profile">
            {t('options.profile')}
          </Text>
          <Flex gap="2" wrap="wrap">
            <Select.Root size="3" value={profileId || undefined} onValueChange={chooseProfile}>
              <Select.Trigger aria-labelledby="labels-profile" />
              <Select.Content>
                {profiles.map((profile) => (
                  <Select.Item key={profile.id} value={profile.id}>
                    {profile.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select.Root>
            <Button size="3" variant="soft" color="gray" onClick={onEditProfiles}>
              {t('options.editProfiles')}
            </Button>
          </Flex>
        </Flex>
        <Flex direction="column" gap="1">
          <Text as="label" size="2" weight="bold" id="labels-symbology">
            {t('options.symbology')}
          </Text>
          <Select.Root
            size="3"
            value={symbology}
            onValueChange={(value) => chooseSymbology(value === 'code128' ? 'code128' : 'auto')}
          >
            <Select.Trigger aria-labelledby="labels-symbology" />
            <Select.Content>
              <Select.Item value="auto">{t('options.auto')}</Select.Item>
              <Select.Item value="code128">{t('options.code128')}</Select.Item>
            </Select.Content>
          </Select.Root>
        </Flex>
      </Flex>
    </Card>
  );
}
