import { Button, Callout, Flex, RadioGroup, Spinner, Text } from '@radix-ui/themes';
import type { PriceSource } from '../bridge/contract.ts';
import { useAppStore } from '../stores/app-stores.ts';
import { Field } from '../ui/field.tsx';
import { SectionCard } from '../ui/section-card.tsx';
import { SelectField } from '../ui/select-field.tsx';
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
    <SectionCard title={t('options.heading')} gap="4">
      <Field
        label={t('options.priceSource')}
        labelId="labels-price-source"
        labelAs="div"
        labelSize="2"
        gap="2"
      >
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
      </Field>
      <SelectField
        labelId="labels-profile"
        label={t('options.profile')}
        labelSize="2"
        value={profileId || undefined}
        options={profiles.map((profile) => ({ value: profile.id, label: profile.name }))}
        onValueChange={chooseProfile}
        beside={
          <Button size="3" variant="soft" color="gray" onClick={onEditProfiles}>
            {t('options.editProfiles')}
          </Button>
        }
      />
      <SelectField
        labelId="labels-symbology"
        label={t('options.symbology')}
        labelSize="2"
        value={symbology}
        options={[
          { value: 'auto', label: t('options.auto') },
          { value: 'code128', label: t('options.code128') },
        ]}
        onValueChange={(value) => chooseSymbology(value === 'code128' ? 'code128' : 'auto')}
      />
    </SectionCard>
  );
}
