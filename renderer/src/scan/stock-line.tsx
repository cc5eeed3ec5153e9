import { Text } from '@radix-ui/themes';
import type { CatalogItem } from '../bridge/contract.ts';
import { relativeAge } from './relative-age.ts';
import { useScanText } from './use-scan-text.ts';

/**
 * On hand over every outlet as the catalog read it, with how old that figure is ("Stok 12 · 3
 * jam lalu"): stock moves all day, so a cashier must see when it was counted.
 */
export function StockLine({ item, now }: { item: CatalogItem; now: number }) {
  const { t, language } = useScanText();
  if (item.onHand === undefined || item.onHand === null || !item.stockReadAt) {
    return (
      <Text size="4" color="gray" data-testid="scan-stock">
        {t('stockUnknown')}
      </Text>
    );
  }
  return (
    <Text size="6" weight="medium" color={item.onHand > 0 ? undefined : 'red'} data-testid="scan-stock">
      {t('stock', {
        n: item.onHand.toLocaleString(language),
        age: relativeAge(now - item.stockReadAt, language),
      })}
    </Text>
  );
}
