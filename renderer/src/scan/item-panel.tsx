import { Badge, Button, Callout, Card, Flex, Heading, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { IpcError, IpcResult, StockEverywhereAnswer } from '../bridge/contract.ts';
import { describeError } from '../errors/describe-error.ts';
import { formatRupiah } from '../money/format-rupiah.ts';
import { OutletStockPanel } from './outlet-stock-panel.tsx';
import type { LastScan } from './scan-store.ts';
import { StockLine } from './stock-line.tsx';
import { useScanText } from './use-scan-text.ts';

interface ItemPanelProps {
  last: LastScan;
  serial: number;
  /** False once a DealPOS request found no network: no online lookup is offered then. */
  online: boolean;
  onLookupOnline(code: string): void;
  askOutletStock(code: string): Promise<IpcResult<StockEverywhereAnswer>>;
}

/** The last scan, large enough to read from a step away. */
export function ItemPanel({ last, serial, online, onLookupOnline, askOutletStock }: ItemPanelProps) {
  const { t } = useScanText();
  if (last.kind === 'idle') {
    return (
      <Card size="4" className="item-panel">
        <Text size="6" color="gray">
          {t('waiting')}
        </Text>
      </Card>
    );
  }
  if (last.kind === 'rejected') {
    return (
      <Card size="4" className="item-panel item-panel--problem" key={serial}>
        <Text size="6">{last.reason === 'too-long' ? t('rejectedLong') : t('rejectedGarbled')}</Text>
      </Card>
    );
  }
  if (last.kind === 'not-found') {
    const asking = last.online === 'asking';
    const error = typeof last.online === 'object' ? last.online.error : null;
    const networkDown = error !== null && (error.kind === 'network' || error.kind === 'timeout');
    // Offline, DealPOS cannot be asked: say so instead of offering a button that cannot work.
    const offline = networkDown || (!online && last.online === 'not-asked');
    return (
      <Card size="4" className="item-panel item-panel--problem" key={serial} data-testid="scan-not-found">
        <Flex direction="column" gap="4">
          <Heading size="7" as="h2">
            {t('notFoundTitle')}
          </Heading>
          <Text size="6" className="item-code">
            {t('notFoundCode', { code: last.code })}
          </Text>
          {last.online === 'unknown' && <Text size="5">{t('onlineNotFound')}</Text>}
          {offline ? (
            <Callout.Root color="amber" size="3" data-testid="scan-offline">
              <Callout.Text>{t('offlineLookup')}</Callout.Text>
            </Callout.Root>
          ) : error ? (
            <LookupError error={error} />
          ) : null}
          {!offline && (last.online === 'not-asked' || asking || error) && (
            <Flex>
              <Button size="4" disabled={asking} onClick={() => onLookupOnline(last.code)}>
                {asking ? t('lookingOnline') : t('lookOnline')}
              </Button>
            </Flex>
          )}
        </Flex>
      </Card>
    );
  }
  const { item } = last;
  return (
    <Card size="4" className="item-panel item-panel--found" key={serial} data-testid="scan-found">
      <Flex direction="column" gap="3">
        <Heading size="8" as="h2" className="item-name">
          {item.name}
        </Heading>
        {item.variant && item.variant !== item.name && (
          <Text size="6" color="gray">
            {item.variant}
          </Text>
        )}
        <Text size="9" weight="bold" className="item-price" data-testid="scan-price">
          {formatRupiah(item.unitPrice)}
        </Text>
        <StockLine item={item} now={Date.now()} />
        <Flex gap="3" align="center" wrap="wrap">
          <Badge size="3" variant="outline" className="item-code">
            {t('code')}: {item.code}
          </Badge>
          {item.category && (
            <Badge size="3" variant="soft" color="gray">
              {item.category}
            </Badge>
          )}
          <Badge size="3" color={item.discontinued ? 'red' : 'green'}>
            {item.discontinued ? t('discontinued') : t('active')}
          </Badge>
        </Flex>
        {last.online && <Text size="3">{t('foundOnline')}</Text>}
        <OutletStockPanel code={item.code} ask={askOutletStock} />
      </Flex>
    </Card>
  );
}

/** Why DealPOS could not be asked about the code: the app's words, the scan screen's for the quota. */
function LookupError({ error }: { error: IpcError }) {
  const { t } = useScanText();
  const { t: appT } = useTranslation();
  const text = describeError(error, appT, { 'rate-limited': { title: t('quotaBusy') } });
  return (
    <Callout.Root color="red" size="3" data-error-kind={error.kind}>
      <Callout.Text>{text.title}</Callout.Text>
      {text.hint ? <Callout.Text>{text.hint}</Callout.Text> : null}
    </Callout.Root>
  );
}
