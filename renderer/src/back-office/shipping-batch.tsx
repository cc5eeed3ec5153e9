import { Badge, Button, Callout, Card, Flex, Heading, Text, TextField } from '@radix-ui/themes';
import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../stores/app-stores.ts';
import { PlainTable } from '../ui/plain-table.tsx';
import { OutletSelect } from './outlet-select.tsx';
import { resultColor } from './result-color.ts';
import { ServiceField } from './service-field.tsx';
import { batchSummary, type ShippingRow } from './shipping-store.ts';
import { useBackOfficeText } from './use-back-office-text.ts';
import { DealposWords } from './write-result.tsx';

/**
 * The shipping desk: scan an order, scan its tracking barcode, and the pair is on its way to
 * DealPOS while the next order is scanned. Keyboard and scanner only; every pair's answer is listed.
 */
export function ShippingBatch() {
  const running = useAppStore('shipping', (s) => s.batchRunning);
  const rows = useAppStore('shipping', (s) => s.rows);
  return (
    <Flex direction="column" gap="4">
      {running ? <BatchScanner /> : <BatchSetup />}
      <BatchRows rows={rows} />
    </Flex>
  );
}

function BatchSetup() {
  const { t } = useBackOfficeText();
  const service = useAppStore('shipping', (s) => s.service);
  const setField = useAppStore('shipping', (s) => s.setField);
  const start = useAppStore('shipping', (s) => s.startBatch);
  const outlet = useAppStore('outlets', (s) => s.chosen);
  return (
    <Card size="3">
      <Flex direction="column" gap="4">
        <Text size="4">{t('shipping.batchIntro')}</Text>
        <Heading as="h3" size="4">
          {t('shipping.batchSetup')}
        </Heading>
        <Flex gap="3" wrap="wrap" align="end">
          <OutletSelect id="office-batch-outlet" />
          <ServiceField
            id="office-batch-service"
            value={service}
            onChange={(value) => setField('service', value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && outlet) {
                event.preventDefault();
                start();
              }
            }}
          />
          <Button size="4" className="office-action" disabled={!outlet} onClick={start}>
            {t('shipping.start')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}

function BatchScanner() {
  const { t } = useBackOfficeText();
  const pending = useAppStore('shipping', (s) => s.pendingOrder);
  const problem = useAppStore('shipping', (s) => s.problem);
  const service = useAppStore('shipping', (s) => s.service);
  const scan = useAppStore('shipping', (s) => s.scan);
  const forget = useAppStore('shipping', (s) => s.forgetPending);
  const stop = useAppStore('shipping', (s) => s.stopBatch);
  const outlet = useAppStore('outlets', (s) => s.chosen);
  const [typed, setTyped] = useState('');
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    fieldRef.current?.focus();
  }, []);

  return (
    <Card size="3" className={pending ? 'office-batch office-batch-tracking' : 'office-batch'}>
      <Flex direction="column" gap="3">
        <Flex justify="between" align="center" gap="3" wrap="wrap">
          <Text size="4" weight="bold">
            {t('shipping.batchFor', { outlet: outlet ?? '', service: service.trim() || '—' })}
          </Text>
          <Button size="3" variant="soft" color="gray" onClick={stop}>
            {t('shipping.stop')}
          </Button>
        </Flex>
        <Text as="label" htmlFor="office-batch-scan" size="8" weight="bold" data-testid="batch-step">
          {pending ? t('shipping.stepTracking', { order: pending }) : t('shipping.stepOrder')}
        </Text>
        <TextField.Root
          id="office-batch-scan"
          ref={fieldRef}
          size="3"
          className="office-batch-field"
          value={typed}
          maxLength={60}
          onChange={(event) => setTyped(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              if (outlet) scan(outlet, typed);
              setTyped('');
            } else if (event.key === 'Escape') {
              event.preventDefault();
              forget();
              setTyped('');
            }
          }}
          autoComplete="off"
          spellCheck={false}
        />
        <Text size="3" color="gray" highContrast>
          {t('shipping.escapeHint')}
        </Text>
        {problem ? (
          <Callout.Root color="amber" size="3" role="alert" data-testid="batch-problem">
            <Callout.Text size="4" weight="bold">
              {t(problem === 'same-code' ? 'shipping.sameCode' : 'shipping.trackingAsOrder')}
            </Callout.Text>
          </Callout.Root>
        ) : null}
      </Flex>
    </Card>
  );
}

function BatchRows({ rows }: { rows: readonly ShippingRow[] }) {
  const { t } = useBackOfficeText();
  const summary = batchSummary(rows);
  if (rows.length === 0) return null;
  return (
    <Flex direction="column" gap="2">
      <Text size="4" weight="bold" role="status" data-testid="batch-summary">
        {t('shipping.summary', summary)}
      </Text>
      <PlainTable
        frameClassName="office-table-frame"
        className="office-table office-batch-table"
        testId="batch-rows"
        columns={[
          t('shipping.colOrder'),
          t('shipping.colTracking'),
          t('shipping.colService'),
          t('shipping.colResult'),
        ]}
      >
        {rows.map((row) => (
          <tr key={row.id} data-result={row.outcome?.result ?? row.state}>
            <th scope="row">{row.number}</th>
            <td>
              {row.referenceNumber}
              {row.replaces ? (
                <Text as="div" size="2" color="gray" highContrast>
                  {t('shipping.replaces', { previous: row.replaces })}
                </Text>
              ) : null}
            </td>
            <td>{row.service ?? '—'}</td>
            <td>
              <RowResult row={row} />
            </td>
          </tr>
        ))}
      </PlainTable>
    </Flex>
  );
}

function RowResult({ row }: { row: ShippingRow }) {
  const { t } = useBackOfficeText();
  if (row.state === 'sending') return <Text size="3">{t('shipping.rowSending')}</Text>;
  const outcome = row.outcome;
  const result = outcome?.result ?? 'refused';
  const words = outcome && outcome.result !== 'done' ? (outcome.error.dealposMessage ?? null) : null;
  return (
    <Flex direction="column" gap="1" align="start">
      <Badge size="3" variant="soft" color={resultColor[result]} highContrast>
        {t(`results.${result}`)}
      </Badge>
      {outcome?.result === 'uncertain' ? (
        <Text size="2">{t('outcome.check.order-reference', { document: row.number })}</Text>
      ) : null}
      {words ? <DealposWords text={words} plain /> : null}
      {!outcome && row.error ? <Text size="2">{row.error.message}</Text> : null}
    </Flex>
  );
}
