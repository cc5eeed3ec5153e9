import { Badge, Callout, Card, DataList, Flex, Heading, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { describeError } from '../errors/describe-error.ts';
import { clockTime } from '../i18n/format-time.ts';
import { formatRupiah } from '../money/format-rupiah.ts';
import { useAppStore } from '../stores/app-stores.ts';
import type {
  InvoiceHistory,
  InvoiceKnownState,
  InvoiceReading,
  InvoiceSummary,
  IpcError,
} from './contract.ts';
import { invoiceDate } from './invoice-date.ts';
import { stateNow } from './invoice-store.ts';
import { resultColor } from './result-color.ts';
import { useBackOfficeText } from './use-back-office-text.ts';
import { DealposWords, WriteResult } from './write-result.tsx';

const writeAction = { void: 'invoice-void', restore: 'invoice-restore', erase: 'invoice-erase' } as const;
const stateColor = { active: 'green', 'recycle-bin': 'amber', erased: 'red', unknown: 'gray' } as const;
/** Lines shown on the card; the rest are counted. */
const shownLines = 3;

/** The invoice before acting on it: as DealPOS showed it when opened, and this session's writes to it. */
export function InvoiceCard({ open }: { open: InvoiceReading }) {
  const { t } = useBackOfficeText();
  const result = useAppStore('invoices', (s) => s.result);
  const { history, lookup } = open;
  const shown =
    result && result.number === history.number && result.outlet === history.outlet ? result : null;
  const state = stateNow(open);
  return (
    <Card
      size="3"
      data-testid="invoice-card"
      data-known={history.known}
      data-state={state}
      data-lookup={lookup.status}
    >
      <Flex direction="column" gap="3">
        <Flex direction="column" gap="1">
          <Heading as="h2" size="7" className="office-document">
            {t('invoice.title', { number: history.number })}
          </Heading>
          <Text size="4">{t('invoice.outlet', { outlet: history.outlet })}</Text>
        </Flex>
        {shown ? (
          <WriteResult action={writeAction[shown.action]} document={shown.number} outcome={shown.outcome} />
        ) : null}
        {lookup.status === 'found' ? (
          <DealposView invoice={lookup.invoice} state={state} changedHere={state !== lookup.invoice.state} />
        ) : lookup.status === 'missing' ? (
          <Callout.Root color="red" size="3" role="alert" data-testid="invoice-missing">
            <Flex direction="column" gap="1">
              <Callout.Text size="4" weight="bold">
                {t('invoice.missing', { number: history.number, outlet: history.outlet })}
              </Callout.Text>
              <Callout.Text size="3">{t('invoice.missingHint')}</Callout.Text>
            </Flex>
          </Callout.Root>
        ) : (
          <Blind error={lookup.error} known={history.known} />
        )}
        <SessionHistory history={history} />
      </Flex>
    </Card>
  );
}

/** Date, customer, total, state and the first lines, as DealPOS answered `Invoice/Detail`. */
function DealposView(props: { invoice: InvoiceSummary; state: InvoiceKnownState; changedHere: boolean }) {
  const { t, language } = useBackOfficeText();
  const { invoice } = props;
  const more = invoice.lineCount - Math.min(invoice.lineCount, shownLines);
  return (
    <DataList.Root size="3" data-testid="invoice-detail" aria-label={t('invoice.fromDealpos')}>
      <DataList.Item>
        <DataList.Label>{t('invoice.date')}</DataList.Label>
        <DataList.Value>{invoice.date ? invoiceDate(invoice.date, language) : '—'}</DataList.Value>
      </DataList.Item>
      <DataList.Item>
        <DataList.Label>{t('invoice.customer')}</DataList.Label>
        <DataList.Value data-testid="invoice-customer">
          {invoice.customer ?? (
            <Text color="gray" highContrast>
              {t('invoice.walkIn')}
            </Text>
          )}
        </DataList.Value>
      </DataList.Item>
      <DataList.Item>
        <DataList.Label>{t('invoice.total')}</DataList.Label>
        <DataList.Value>
          <Text size="6" weight="bold" data-testid="invoice-total">
            {formatRupiah(invoice.total)}
          </Text>
        </DataList.Value>
      </DataList.Item>
      <DataList.Item>
        <DataList.Label>{t('invoice.status')}</DataList.Label>
        <DataList.Value>
          <Flex gap="2" align="center" wrap="wrap">
            <Badge size="3" variant="solid" color={stateColor[props.state]} data-testid="invoice-state">
              {t(`invoice.state.${props.state}`)}
            </Badge>
            {props.changedHere ? <Text size="2">{t('invoice.changedHere')}</Text> : null}
            {props.state === 'unknown' && invoice.status ? (
              <Text size="2">{t('invoice.unknownStatus', { status: invoice.status })}</Text>
            ) : null}
          </Flex>
        </DataList.Value>
      </DataList.Item>
      <DataList.Item>
        <DataList.Label>{t('invoice.items')}</DataList.Label>
        <DataList.Value>
          <Flex direction="column" gap="1" width="100%">
            {invoice.lines.slice(0, shownLines).map((line, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines have no ID, the same variant may be there twice, and the list never reorders
              <Flex key={`${index}-${line.code}`} gap="3" justify="between">
                <Text size="3">{t('invoice.line', { quantity: line.quantity, name: line.name })}</Text>
                <Text size="3" wrap="nowrap" className="office-time">
                  {formatRupiah(line.amount)}
                </Text>
              </Flex>
            ))}
            {more > 0 ? (
              <Text size="3" color="gray" highContrast>
                {t('invoice.moreLines', { count: more })}
              </Text>
            ) : null}
          </Flex>
        </DataList.Value>
      </DataList.Item>
    </DataList.Root>
  );
}

/** DealPOS would not show the invoice: the number alone decides, and the screen says so. */
function Blind({ error, known }: { error: IpcError; known: InvoiceKnownState }) {
  const { t } = useBackOfficeText();
  const app = useTranslation();
  const why = describeError(error, app.t);
  // A 404 or an unreadable answer here means this store does not offer Invoice/Detail to the app,
  // not a wrong store address (the writes still reach it): the app-wide hint would mislead.
  const unsupported = error.kind === 'not-found' || error.kind === 'invalid-response';
  return (
    <Callout.Root
      color="amber"
      size="3"
      role="alert"
      data-testid="invoice-blind"
      data-error-kind={error.kind}
    >
      <Flex direction="column" gap="1">
        <Callout.Text size="4" weight="bold">
          {t('invoice.blind')}
        </Callout.Text>
        <Callout.Text size="3">
          {t('invoice.blindWhy', { reason: unsupported ? t('invoice.blindUnsupported') : why.title })}
        </Callout.Text>
        {unsupported ? null : <Callout.Text size="3">{why.hint}</Callout.Text>}
        {why.dealposMessage ? <DealposWords text={why.dealposMessage} /> : null}
        <Callout.Text size="3" weight={known === 'unknown' ? 'regular' : 'bold'} data-testid="invoice-known">
          {t(`invoice.known.${known}`)}
        </Callout.Text>
      </Flex>
    </Callout.Root>
  );
}

/** What this counter did to the invoice since the app started. */
function SessionHistory({ history }: { history: InvoiceHistory }) {
  const { t, language } = useBackOfficeText();
  if (history.events.length === 0) return <Text size="3">{t('invoice.nothingYet')}</Text>;
  return (
    <Flex direction="column" gap="2">
      <Heading as="h3" size="4">
        {t('invoice.history')}
      </Heading>
      <ul className="office-history">
        {history.events.map((event) => (
          <li key={`${event.at}-${event.action}`}>
            <Text size="3" className="office-time">
              {clockTime(event.at, language)}
            </Text>{' '}
            <Text size="3" weight="bold">
              {t(`actions.${event.action}`)}
            </Text>{' '}
            <Badge size="2" variant="soft" color={resultColor[event.result]} highContrast>
              {t(`results.${event.result}`)}
            </Badge>
          </li>
        ))}
      </ul>
    </Flex>
  );
}

/** The invoice in one line inside a confirmation (date · customer · total), or the blind warning. */
export function InvoiceGlance({ open }: { open: InvoiceReading }) {
  const { t, language } = useBackOfficeText();
  const { lookup } = open;
  if (lookup.status !== 'found') return <p className="office-warning">{t('invoice.blind')}</p>;
  const { date, customer, total } = lookup.invoice;
  return (
    <p data-testid="invoice-glance">
      {date ? `${invoiceDate(date, language)} · ` : ''}
      {customer ?? t('invoice.walkIn')} · <strong>{formatRupiah(total)}</strong>
    </p>
  );
}
