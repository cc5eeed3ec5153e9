import { Badge, Button, Card, Checkbox, Flex, Grid, Heading, Select, Text } from '@radix-ui/themes';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { useManagerApproval } from '../manager/use-manager-approval.ts';
import { formatRupiah } from '../money/format-rupiah.ts';
import { useAppStore } from '../stores/app-stores.ts';
import { TextInputField } from '../ui/text-input-field.tsx';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { PriceWarningList } from './price-warning-list.tsx';
import { PrintLabelsButton } from './print-labels-button.tsx';
import { RupiahField } from './rupiah-field.tsx';
import type { BackOfficeT } from './use-back-office-text.ts';
import { useBackOfficeText } from './use-back-office-text.ts';
import { type DraftChange, readDraft } from './variant-draft.ts';

const fieldLabel = {
  name: 'variant.name',
  model: 'variant.model',
  unitPrice: 'variant.unitPrice',
  unitCost: 'variant.unitCost',
  taxable: 'variant.taxable',
  discontinued: 'variant.discontinued',
  outletPrice: 'variant.outletPrices',
} as const;

const isPrice = (change: DraftChange) =>
  change.field === 'unitPrice' || change.field === 'unitCost' || change.field === 'outletPrice';

function valueText(change: DraftChange, value: DraftChange['from'], t: BackOfficeT): string {
  if (value === null || value === '') return t('variant.empty');
  if (typeof value === 'boolean') return value ? t('variant.yes') : t('variant.no');
  if (typeof value === 'number' && isPrice(change)) return formatRupiah(value);
  return String(value);
}

/** The variant read fresh from DealPOS, its fields to change, and the review before it is saved. */
export function VariantForm({ searchRef }: { searchRef: RefObject<HTMLInputElement | null> }) {
  const { t } = useBackOfficeText();
  const sheet = useAppStore('variants', (s) => s.sheet);
  const draft = useAppStore('variants', (s) => s.draft);
  const busy = useAppStore('variants', (s) => s.busy);
  const edit = useAppStore('variants', (s) => s.edit);
  const setOutletPrice = useAppStore('variants', (s) => s.setOutletPrice);
  const addOutletPrice = useAppStore('variants', (s) => s.addOutletPrice);
  const save = useAppStore('variants', (s) => s.save);
  const remove = useAppStore('variants', (s) => s.remove);
  const askManager = useManagerApproval();
  const outlets = useAppStore('outlets', (s) => s.outlets);
  const [asking, setAsking] = useState<'save' | 'delete' | null>(null);
  const priceRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // The price is what a quick edit changes most: type it, Enter reviews, Enter saves.
    priceRef.current?.focus();
  }, []);

  if (!sheet || !draft) return null;

  const reading = readDraft(sheet, draft);
  const canSave = reading.input !== null;
  const missingOutlets = (outlets ?? []).filter((o) => !draft.outletPrices.some((p) => p.outlet === o.name));

  return (
    <Card size="3" data-testid="variant-form">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (canSave) setAsking('save');
        }}
      >
        <Flex direction="column" gap="5">
          <Flex direction="column" gap="2">
            <Heading as="h2" size="7" className="office-document">
              {sheet.name}
            </Heading>
            <Flex gap="3" align="center" wrap="wrap">
              <Text size="5" weight="bold" className="office-code">
                {sheet.code}
              </Text>
              {[sheet.product, sheet.category, sheet.type].filter(Boolean).map((part) => (
                <Text key={part} size="4" color="gray" highContrast>
                  · {part}
                </Text>
              ))}
              {sheet.discontinued ? (
                <Badge color="gray" size="3">
                  {t('variant.discontinued')}
                </Badge>
              ) : null}
            </Flex>
          </Flex>

          <Grid columns={{ initial: '1', sm: '2', md: '2fr 1fr 1fr 1fr' }} gap="4">
            <TextInputField
              id="office-variant-name"
              label={t('variant.name')}
              value={draft.name}
              maxLength={200}
              onChange={(event) => edit({ name: event.currentTarget.value })}
            />
            <TextInputField
              id="office-variant-model"
              label={t('variant.model')}
              value={draft.model}
              maxLength={200}
              onChange={(event) => edit({ model: event.currentTarget.value })}
            />
            <RupiahField
              id="office-variant-price"
              inputRef={priceRef}
              label={t('variant.unitPrice')}
              value={draft.unitPrice}
              onChange={(unitPrice) => edit({ unitPrice })}
            />
            <RupiahField
              id="office-variant-cost"
              label={t('variant.unitCost')}
              value={draft.unitCost}
              optional
              onChange={(unitCost) => edit({ unitCost })}
            />
          </Grid>
          <Flex gap="6" wrap="wrap">
            <Text as="label" size="4">
              <Flex gap="2" align="center">
                <Checkbox
                  size="3"
                  checked={draft.taxable}
                  onCheckedChange={(on) => edit({ taxable: on === true })}
                />
                {t('variant.taxable')}
              </Flex>
            </Text>
            <Text as="label" size="4">
              <Flex gap="2" align="center">
                <Checkbox
                  size="3"
                  checked={draft.discontinued}
                  onCheckedChange={(on) => edit({ discontinued: on === true })}
                />
                {t('variant.discontinued')}
              </Flex>
            </Text>
          </Flex>

          <Flex direction="column" gap="3">
            <Heading as="h3" size="4">
              {t('variant.outletPrices')}
            </Heading>
            {draft.outletPrices.length === 0 ? <Text size="3">{t('variant.outletPricesNone')}</Text> : null}
            <Grid columns={{ initial: '1', sm: '2', md: '3' }} gap="4">
              {draft.outletPrices.map((row, i) => (
                <RupiahField
                  key={row.outlet}
                  id={`office-outlet-price-${i}`}
                  label={row.outlet}
                  value={row.price}
                  onChange={(price) => setOutletPrice(row.outlet, price)}
                />
              ))}
            </Grid>
            {missingOutlets.length > 0 ? (
              <Flex>
                <Select.Root size="3" value="" onValueChange={addOutletPrice}>
                  <Select.Trigger variant="soft" placeholder={t('variant.addOutletPrice')} />
                  <Select.Content position="popper">
                    {missingOutlets.map((o) => (
                      <Select.Item key={o.id} value={o.name}>
                        {o.name}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select.Root>
              </Flex>
            ) : null}
          </Flex>

          <Flex gap="3" wrap="wrap" align="center">
            <Button type="submit" size="4" className="office-action" disabled={!canSave || busy}>
              {t('variant.review')}
            </Button>
            <PrintLabelsButton />
            <Button
              type="button"
              size="3"
              color="red"
              variant="soft"
              disabled={busy}
              onClick={() => setAsking('delete')}
            >
              {t('variant.delete')}
            </Button>
            {reading.changes.length === 0 && reading.problems.length === 0 ? (
              <Text size="3" color="gray" highContrast>
                {t('variant.noChanges')}
              </Text>
            ) : null}
          </Flex>
        </Flex>
      </form>

      <ConfirmDialog
        open={asking === 'save'}
        onOpenChange={(open) => !open && setAsking(null)}
        tone="normal"
        title={t('variant.reviewTitle', { count: reading.changes.length, code: sheet.code })}
        confirmLabel={t('variant.save')}
        cancelLabel={t('common.cancel')}
        busy={busy}
        busyLabel={t('common.sending')}
        returnFocus={searchRef}
        testId="office-confirm"
        onConfirm={save}
      >
        <p>{t('variant.reviewBody')}</p>
        <ul className="office-changes">
          {reading.changes.map((change) => (
            <li key={`${change.field}-${change.outlet ?? ''}`}>
              <strong>
                {t(fieldLabel[change.field])}
                {change.outlet ? ` ${change.outlet}` : ''}
              </strong>
              : {t('variant.from')} {valueText(change, change.from, t)} {t('variant.to')}{' '}
              <strong>{valueText(change, change.to, t)}</strong>
            </li>
          ))}
        </ul>
        <PriceWarningList changes={reading.changes} cost={sheet.unitCost} t={t} />
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === 'delete'}
        onOpenChange={(open) => !open && setAsking(null)}
        tone="danger"
        title={t('variant.deleteTitle', { code: sheet.code })}
        confirmLabel={t('variant.deleteConfirm', { code: sheet.code })}
        cancelLabel={t('common.cancel')}
        busy={busy}
        busyLabel={t('common.sending')}
        returnFocus={searchRef}
        testId="office-confirm"
        onConfirm={async () => {
          // Deleting a variant needs a manager's approval, checked in main.
          await askManager({
            title: t('variant.deleteTitle', { code: sheet.code }),
            body: t('variant.deleteBody', { code: sheet.code, name: sheet.name }),
            confirmLabel: t('variant.deleteConfirm', { code: sheet.code }),
            run: remove,
          });
          // The form is gone with the variant: the keys go back to the search for the next one.
          searchRef.current?.focus();
        }}
      >
        <p>{t('variant.deleteBody', { code: sheet.code, name: sheet.name })}</p>
      </ConfirmDialog>
    </Card>
  );
}
