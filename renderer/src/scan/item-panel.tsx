import { Button, Callout, Card, Flex, Heading, Text } from '@radix-ui/themes';
import { memo, type RefObject, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './item-panel.css';
import type { CatalogItem, IpcError, IpcResult, StockEverywhereAnswer } from '../bridge/contract.ts';
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

/**
 * The last scan, large enough to read from a step away. One card node for every scan: a new
 * scan changes its content and lights its ring again (item-panel.css) instead of building a new
 * card, which cost each scan a first layout of the whole panel.
 */
export const ItemPanel = memo(function ItemPanel({
  last,
  serial,
  online,
  onLookupOnline,
  askOutletStock,
}: ItemPanelProps) {
  const { t } = useScanText();
  const ring = useRef<HTMLSpanElement>(null);
  useLitAfterScan(ring, last.kind === 'idle' ? null : serial);
  const tone = last.kind === 'found' ? 'found' : last.kind === 'idle' ? null : 'problem';
  const testId =
    last.kind === 'found' ? 'scan-found' : last.kind === 'not-found' ? 'scan-not-found' : undefined;
  return (
    <Card
      size="4"
      className={tone ? `item-panel item-panel--${tone}` : 'item-panel'}
      data-testid={testId}
      data-scan={serial}
    >
      <span className="item-panel-ring" ref={ring} aria-hidden />
      {last.kind === 'idle' ? (
        <Text size="6" color="gray">
          {t('waiting')}
        </Text>
      ) : last.kind === 'rejected' ? (
        <Text size="6">{last.reason === 'too-long' ? t('rejectedLong') : t('rejectedGarbled')}</Text>
      ) : last.kind === 'not-found' ? (
        <NotFound last={last} online={online} onLookupOnline={onLookupOnline} />
      ) : (
        <FoundItem item={last.item} online={last.online} askOutletStock={askOutletStock} scan={serial} />
      )}
    </Card>
  );
});

/** How long the ring stays lit after a scan. */
export const RING_LIT_MS = 250;

/**
 * Lights `ring` (`data-lit`) with the scan's own commit, before its paint, and puts it out
 * RING_LIT_MS later: the attribute is set on the node, so neither step renders the panel again.
 * A scan that comes while it is lit keeps it lit for another RING_LIT_MS.
 */
function useLitAfterScan(ring: RefObject<HTMLElement | null>, scan: number | null): void {
  useLayoutEffect(() => {
    const node = ring.current;
    if (!node || scan === null) return;
    node.setAttribute('data-lit', '');
    const timer = setTimeout(() => node.removeAttribute('data-lit'), RING_LIT_MS);
    return () => {
      clearTimeout(timer);
      node.removeAttribute('data-lit');
    };
  }, [ring, scan]);
}

type NotFoundScan = Extract<LastScan, { kind: 'not-found' }>;

function NotFound({
  last,
  online,
  onLookupOnline,
}: { last: NotFoundScan } & Pick<ItemPanelProps, 'online' | 'onLookupOnline'>) {
  const { t } = useScanText();
  const asking = last.online === 'asking';
  const error = typeof last.online === 'object' ? last.online.error : null;
  const networkDown = error !== null && (error.kind === 'network' || error.kind === 'timeout');
  // Offline, DealPOS cannot be asked: say so instead of offering a button that cannot work.
  const offline = networkDown || (!online && last.online === 'not-asked');
  return (
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
  );
}

interface FoundItemProps {
  item: CatalogItem;
  /** Found by asking DealPOS, not in the catalog on this PC. */
  online: boolean;
  askOutletStock: ItemPanelProps['askOutletStock'];
  /** The scan's serial: each scan offers "stock in every outlet" afresh (an earlier answer is another scan's). */
  scan: number;
}

/**
 * A found item's name, price, stock, code and state (also rendered once, hidden, to warm up:
 * found-panel-warm-up.tsx). Plain elements styled with the theme's tokens (item-panel.css), not
 * Radix's Text/Heading/Badge: this part renders on every scan, and each Radix component works
 * out its props and class names on every render, a few ms of the scan's frame on a shop PC.
 */
export function FoundItem({ item, online, askOutletStock, scan }: FoundItemProps) {
  const { t } = useScanText();
  return (
    <div className="found-item">
      <h2 className="found-name item-name">{item.name}</h2>
      {item.variant && item.variant !== item.name && <p className="found-variant">{item.variant}</p>}
      <p className="found-price item-price" data-testid="scan-price">
        {formatRupiah(item.unitPrice)}
      </p>
      <StockLine item={item} now={Date.now()} />
      <div className="found-tags">
        <span className="found-tag found-tag--code item-code">
          {t('code')}: {item.code}
        </span>
        {item.category && <span className="found-tag found-tag--category">{item.category}</span>}
        <span className={item.discontinued ? 'found-tag found-tag--stopped' : 'found-tag found-tag--on-sale'}>
          {item.discontinued ? t('discontinued') : t('active')}
        </span>
      </div>
      {online && <p className="found-note">{t('foundOnline')}</p>}
      <OutletStockPanel code={item.code} scan={scan} ask={askOutletStock} />
    </div>
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
