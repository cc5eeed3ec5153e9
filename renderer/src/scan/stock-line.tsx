import type { CatalogItem } from '../bridge/contract.ts';
import { formatCount } from '../i18n/format-count.ts';
import { relativeAge } from './relative-age.ts';
import { useScanText } from './use-scan-text.ts';

/**
 * On hand over every outlet as the catalog read it, with how old that figure is ("Stok 12 · 3
 * jam lalu"): stock moves all day, so a cashier must see when it was counted. A plain element
 * (item-panel.css): it renders on every scan.
 */
export function StockLine({ item, now }: { item: CatalogItem; now: number }) {
  const { t, language } = useScanText();
  if (item.onHand === undefined || item.onHand === null || !item.stockReadAt) {
    return (
      <p className="found-stock found-stock--unknown" data-testid="scan-stock">
        {t('stockUnknown')}
      </p>
    );
  }
  return (
    <p className={item.onHand > 0 ? 'found-stock' : 'found-stock found-stock--none'} data-testid="scan-stock">
      {t('stock', {
        n: formatCount(item.onHand, language),
        age: relativeAge(now - item.stockReadAt, language),
      })}
    </p>
  );
}
