import { Button, Card, Flex, Text } from '@radix-ui/themes';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useAppStore } from '../stores/app-stores.ts';
import { SegmentedField } from '../ui/segmented-field.tsx';
import { TextInputField } from '../ui/text-input-field.tsx';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { OutletSelect } from './outlet-select.tsx';
import { ScanTextField } from './scan-text-field.tsx';
import { ServiceField } from './service-field.tsx';
import { ShippingBatch } from './shipping-batch.tsx';
import { useBackOfficeText } from './use-back-office-text.ts';
import { NotSent, WriteResult } from './write-result.tsx';

/** Sales-order reference numbers: one order, or the shipping desk's batch. */
export function ShippingPanel() {
  const { t } = useBackOfficeText();
  const mode = useAppStore('shipping', (s) => s.mode);
  const setMode = useAppStore('shipping', (s) => s.setMode);
  const batchRunning = useAppStore('shipping', (s) => s.batchRunning);
  return (
    <Flex direction="column" gap="5" data-testid="office-shipping">
      <SegmentedField
        labelId="office-shipping-mode"
        label={t('shipping.mode')}
        value={mode}
        options={[
          { value: 'single', label: t('shipping.single') },
          { value: 'batch', label: t('shipping.batch') },
        ]}
        onValueChange={(value) => {
          if ((value === 'single' || value === 'batch') && !batchRunning) setMode(value);
        }}
        className="office-mode"
      />
      {mode === 'single' ? <SingleOrder /> : <ShippingBatch />}
    </Flex>
  );
}

/** One order: number, tracking barcode, service, note; Enter moves on, and the last Enter asks to confirm. */
function SingleOrder() {
  const { t } = useBackOfficeText();
  const number = useAppStore('shipping', (s) => s.number);
  const reference = useAppStore('shipping', (s) => s.reference);
  const service = useAppStore('shipping', (s) => s.service);
  const note = useAppStore('shipping', (s) => s.note);
  const sending = useAppStore('shipping', (s) => s.sending);
  const last = useAppStore('shipping', (s) => s.last);
  const setField = useAppStore('shipping', (s) => s.setField);
  const sendSingle = useAppStore('shipping', (s) => s.sendSingle);
  const outlet = useAppStore('outlets', (s) => s.chosen);
  // What the dialog names, taken when it opens: the fields empty themselves once DealPOS says yes.
  const [asking, setAsking] = useState<{ number: string; reference: string; service: string } | null>(null);
  const [needOne, setNeedOne] = useState(false);
  const numberRef = useRef<HTMLInputElement>(null);
  const referenceRef = useRef<HTMLInputElement>(null);
  const serviceRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const timer = setTimeout(() => numberRef.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, []);

  const ready = outlet !== null && number.trim() !== '' && (reference.trim() !== '' || service.trim() !== '');
  const ask = () => {
    setNeedOne(!ready && number.trim() !== '');
    if (ready) setAsking({ number: number.trim(), reference: reference.trim(), service: service.trim() });
  };
  // A scanner ends with Enter: it moves to the next field, as Tab would, and the last one asks.
  const enterMoves = (next: (() => void) | null) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (next) next();
    else ask();
  };

  return (
    <Flex direction="column" gap="4">
      <Card size="3">
        <Flex direction="column" gap="4">
          <Flex gap="3" wrap="wrap" align="end">
            <OutletSelect id="office-order-outlet" />
            <ScanTextField
              id="office-order-number"
              label={t('shipping.order')}
              minWidth="260px"
              maxLength={60}
              inputRef={numberRef}
              value={number}
              placeholder={t('shipping.orderPlaceholder')}
              onChange={(event) => setField('number', event.currentTarget.value)}
              onKeyDown={enterMoves(() => number.trim() !== '' && referenceRef.current?.focus())}
            />
          </Flex>
          <Flex gap="3" wrap="wrap" align="end">
            <ScanTextField
              id="office-order-reference"
              label={t('shipping.tracking')}
              minWidth="260px"
              inputRef={referenceRef}
              value={reference}
              maxLength={60}
              placeholder={t('shipping.trackingPlaceholder')}
              onChange={(event) => setField('reference', event.currentTarget.value)}
              onKeyDown={enterMoves(() => serviceRef.current?.focus())}
            />
            <ServiceField
              id="office-order-service"
              inputRef={serviceRef}
              value={service}
              onChange={(value) => setField('service', value)}
              onKeyDown={enterMoves(() => noteRef.current?.focus())}
            />
          </Flex>
          <TextInputField
            id="office-order-note"
            label={t('common.note')}
            inputRef={noteRef}
            value={note}
            maxLength={250}
            onChange={(event) => setField('note', event.currentTarget.value)}
            onKeyDown={enterMoves(null)}
          />
          <Flex gap="3" align="center" wrap="wrap">
            <Button size="4" className="office-action" disabled={!ready || sending} onClick={ask}>
              {t('shipping.save')}
            </Button>
            {needOne ? (
              <Text size="3" color="red" role="alert">
                {t('shipping.needOne')}
              </Text>
            ) : null}
          </Flex>
        </Flex>
      </Card>
      {last?.outcome ? (
        <WriteResult action="order-reference" document={last.number} outcome={last.outcome} />
      ) : null}
      {last?.error ? <NotSent error={last.error} /> : null}

      <ConfirmDialog
        open={asking !== null}
        onOpenChange={(open) => !open && setAsking(null)}
        tone="normal"
        title={t('shipping.confirmTitle', { number: asking?.number ?? '' })}
        confirmLabel={t('shipping.confirm', { number: asking?.number ?? '' })}
        cancelLabel={t('common.cancel')}
        busy={sending}
        busyLabel={t('common.sending')}
        returnFocus={numberRef}
        testId="office-confirm"
        onConfirm={async () => {
          if (outlet) await sendSingle(outlet);
        }}
      >
        <p>{t('shipping.confirmBody', { outlet: outlet ?? '' })}</p>
        {asking?.reference ? (
          <p className="office-quote">{t('shipping.confirmTracking', { reference: asking.reference })}</p>
        ) : null}
        {asking?.service ? (
          <p className="office-quote">{t('shipping.confirmService', { service: asking.service })}</p>
        ) : null}
      </ConfirmDialog>
    </Flex>
  );
}
