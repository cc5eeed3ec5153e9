import type { BackOfficeT } from './use-back-office-text.ts';

/**
 * The activity log keeps what was sent in DealPOS's own field names ("UnitPrice=123500;
 * Discontinued=true"), which the CSV export keeps for whoever checks it against DealPOS. On
 * screen each part reads in the person's language: "Selling price Rp 123.500 · Discontinued:
 * yes". A part this does not know is shown as it was written.
 */
export function readableDetail(detail: string, t: BackOfficeT, price: (amount: number) => string): string {
  if (detail.trim() === '') return '';
  return detail
    .split('; ')
    .map((part) => readablePart(part, t, price))
    .join(' · ');
}

const priceKeys: Record<string, Parameters<BackOfficeT>[0]> = {
  UnitPrice: 'variant.unitPrice',
  UnitCost: 'variant.unitCost',
};
const flagKeys: Record<string, Parameters<BackOfficeT>[0]> = {
  Taxable: 'variant.taxable',
  Discontinued: 'variant.discontinued',
};
const textKeys: Record<string, Parameters<BackOfficeT>[0]> = {
  Name: 'variant.name',
  Model: 'variant.model',
  ReferenceNumber: 'activity.referenceNumber',
  LogisticServiceCode: 'activity.logisticService',
  Fulfillment: 'activity.fulfillment',
};

function readablePart(part: string, t: BackOfficeT, price: (amount: number) => string): string {
  if (part === 'with note') return t('activity.withNote');
  // A variant added: "1003M (M) UnitPrice=297000".
  const added = /^(.+) UnitPrice=(\d+)$/.exec(part);
  if (added?.[1] && added[2]) return `${added[1]}: ${t('variant.unitPrice')} ${price(Number(added[2]))}`;
  const at = part.indexOf('=');
  if (at <= 0) return part;
  const key = part.slice(0, at);
  const value = part.slice(at + 1);
  const outletPrice = /^OutletPrice (.+)$/.exec(key);
  if (outletPrice?.[1] && /^\d+$/.test(value)) {
    return `${t('variant.outletPrices')} ${outletPrice[1]} ${price(Number(value))}`;
  }
  const priceKey = priceKeys[key];
  if (priceKey && /^\d+$/.test(value)) return `${t(priceKey)} ${price(Number(value))}`;
  const flagKey = flagKeys[key];
  if (flagKey && (value === 'true' || value === 'false')) {
    return `${t(flagKey)}: ${t(value === 'true' ? 'variant.yes' : 'variant.no')}`;
  }
  const textKey = textKeys[key];
  return textKey ? `${t(textKey)}: ${value}` : part;
}
