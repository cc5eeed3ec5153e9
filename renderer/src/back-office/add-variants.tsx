import { Button, Card, Flex, Grid, Heading, IconButton, Text } from '@radix-ui/themes';
import { useEffect, useRef, useState } from 'react';
import { formatRupiah } from '../money/format-rupiah.ts';
import { useAppStore } from '../stores/app-stores.ts';
import { TextInputField } from '../ui/text-input-field.tsx';
import { ConfirmDialog } from './confirm-dialog.tsx';
import type { VariantAddInput } from './contract.ts';
import { readNewVariants } from './new-variant-rows.ts';
import { RupiahField } from './rupiah-field.tsx';
import { useBackOfficeText } from './use-back-office-text.ts';

/** New variants for a product, by its code: one row each (code, model, prices), reviewed before they are added. */
export function AddVariants() {
  const { t } = useBackOfficeText();
  const productCode = useAppStore('variants', (s) => s.productCode);
  const rows = useAppStore('variants', (s) => s.rows);
  const busy = useAppStore('variants', (s) => s.busy);
  const setProductCode = useAppStore('variants', (s) => s.setProductCode);
  const editRow = useAppStore('variants', (s) => s.editRow);
  const addRow = useAppStore('variants', (s) => s.addRow);
  const removeRow = useAppStore('variants', (s) => s.removeRow);
  const submitAdd = useAppStore('variants', (s) => s.submitAdd);
  const setAdding = useAppStore('variants', (s) => s.setAdding);
  // What the dialog lists, taken when it opens (the rows empty themselves once DealPOS says yes).
  const [asking, setAsking] = useState<VariantAddInput | null>(null);
  const [tried, setTried] = useState(false);
  const productRef = useRef<HTMLInputElement>(null);
  const { input, incomplete } = readNewVariants(productCode, rows);

  useEffect(() => {
    productRef.current?.focus();
  }, []);

  return (
    <Card size="3" data-testid="add-variants">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (input) setAsking(input);
        }}
      >
        <Flex direction="column" gap="4">
          <Flex justify="between" align="center">
            <Heading as="h2" size="6">
              {t('variant.addTitle')}
            </Heading>
            <Button type="button" size="3" variant="soft" color="gray" onClick={() => setAdding(false)}>
              {t('variant.addClose')}
            </Button>
          </Flex>
          <TextInputField
            id="office-add-product"
            label={t('variant.productCode')}
            maxWidth="360px"
            inputRef={productRef}
            className="office-scan-field"
            value={productCode}
            placeholder={t('variant.productCodePlaceholder')}
            onChange={(event) => setProductCode(event.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
          />
          {rows.map((row, i) => (
            <Grid
              key={row.key}
              columns={{ initial: '1', sm: '2', md: '1fr 1fr 1fr 1fr auto' }}
              gap="3"
              align="start"
              className={
                tried && incomplete.includes(row.key) ? 'office-row office-row-incomplete' : 'office-row'
              }
            >
              <TextInputField
                id={`office-add-code-${i}`}
                label={t('variant.newCode')}
                value={row.code}
                maxLength={64}
                onChange={(event) => editRow(row.key, { code: event.currentTarget.value })}
                autoComplete="off"
                spellCheck={false}
              />
              <TextInputField
                id={`office-add-model-${i}`}
                label={t('variant.newModel')}
                value={row.model}
                maxLength={200}
                onChange={(event) => editRow(row.key, { model: event.currentTarget.value })}
              />
              <RupiahField
                id={`office-add-price-${i}`}
                label={t('variant.newPrice')}
                value={row.unitPrice}
                onChange={(unitPrice) => editRow(row.key, { unitPrice })}
              />
              <RupiahField
                id={`office-add-cost-${i}`}
                label={t('variant.newCost')}
                value={row.unitCost}
                optional
                onChange={(unitCost) => editRow(row.key, { unitCost })}
              />
              <IconButton
                type="button"
                size="3"
                variant="ghost"
                color="gray"
                mt="6"
                aria-label={t('variant.removeRow')}
                onClick={() => removeRow(row.key)}
              >
                ✕
              </IconButton>
            </Grid>
          ))}
          {tried && incomplete.length > 0 ? (
            <Text size="3" color="red" role="alert">
              {t('variant.addIncomplete')}
            </Text>
          ) : null}
          <Flex gap="3" wrap="wrap">
            <Button type="button" size="3" variant="soft" onClick={addRow}>
              {t('variant.addRow')}
            </Button>
            <Button
              type="submit"
              size="4"
              className="office-action"
              disabled={busy || productCode.trim() === ''}
            >
              {t('variant.addReview')}
            </Button>
          </Flex>
        </Flex>
      </form>
      <ConfirmDialog
        open={asking !== null}
        onOpenChange={(open) => !open && setAsking(null)}
        tone="normal"
        title={t('variant.addConfirmTitle', {
          count: asking?.variants.length ?? 0,
          product: asking?.productCode ?? '',
        })}
        confirmLabel={t('variant.addConfirm', { product: asking?.productCode ?? '' })}
        cancelLabel={t('common.cancel')}
        busy={busy}
        busyLabel={t('common.sending')}
        returnFocus={productRef}
        testId="office-confirm"
        onConfirm={async () => {
          await submitAdd();
          setTried(false);
        }}
      >
        <ul className="office-changes">
          {asking?.variants.map((v) => (
            <li key={v.code}>
              <strong>{v.code}</strong> · {v.model} · {formatRupiah(v.unitPrice)}
              {v.unitCost !== undefined ? ` (${t('variant.unitCost')} ${formatRupiah(v.unitCost)})` : ''}
            </li>
          ))}
        </ul>
      </ConfirmDialog>
    </Card>
  );
}
