import { formatRupiah } from '../money/format-rupiah.ts';
import { type PriceWarning, priceWarnings } from './price-warnings.ts';
import type { BackOfficeT } from './use-back-office-text.ts';
import type { DraftChange } from './variant-draft.ts';

function warningText(warning: PriceWarning, t: BackOfficeT): string {
  const price = warning.outlet ? `${t('variant.outletPrices')} ${warning.outlet}` : t('variant.unitPrice');
  switch (warning.kind) {
    case 'big-cut':
      return t('variant.warnCut', { price, percent: warning.percent });
    case 'big-rise':
      return t('variant.warnRise', { price, percent: warning.percent });
    case 'below-cost':
      return t('variant.warnBelowCost', {
        price,
        amount: formatRupiah(warning.price),
        cost: formatRupiah(warning.cost),
      });
  }
}

/** What the review of a variant's changes calls out before they are saved. */
export function PriceWarningList(props: {
  changes: readonly DraftChange[];
  cost: number | null;
  t: BackOfficeT;
}) {
  const costChange = props.changes.find((c) => c.field === 'unitCost');
  const cost = typeof costChange?.to === 'number' ? costChange.to : props.cost;
  const warnings = priceWarnings(props.changes, cost);
  if (warnings.length === 0) return null;
  return (
    <ul className="office-warning" data-testid="price-warnings">
      {warnings.map((warning) => (
        <li key={`${warning.kind}-${warning.outlet ?? ''}`}>{warningText(warning, props.t)}</li>
      ))}
    </ul>
  );
}
