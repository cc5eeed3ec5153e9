import type { DraftChange } from './variant-draft.ts';

/**
 * A price change worth a second look before it reaches every till: a cut or a rise so large it
 * is more likely a slip of the keyboard (a zero too few or too many) than a decision, or a
 * selling price under what the item costs.
 */
export type PriceWarning =
  | { kind: 'big-cut'; outlet: string | null; percent: number }
  | { kind: 'big-rise'; outlet: string | null; percent: number }
  | { kind: 'below-cost'; outlet: string | null; price: number; cost: number };

/** Under half the old price, or at least twice it, is called out. */
const cutBelow = 0.5;
const riseFrom = 2;

/** The warnings for the price changes among `changes`; `cost` is the cost after the changes. */
export function priceWarnings(changes: readonly DraftChange[], cost: number | null): PriceWarning[] {
  const warnings: PriceWarning[] = [];
  for (const change of changes) {
    if (change.field !== 'unitPrice' && change.field !== 'outletPrice') continue;
    if (typeof change.to !== 'number') continue;
    const outlet = change.outlet ?? null;
    const from = typeof change.from === 'number' ? change.from : null;
    if (from !== null && from > 0) {
      const ratio = change.to / from;
      if (ratio < cutBelow)
        warnings.push({ kind: 'big-cut', outlet, percent: Math.round((1 - ratio) * 100) });
      else if (ratio >= riseFrom)
        warnings.push({ kind: 'big-rise', outlet, percent: Math.round((ratio - 1) * 100) });
    }
    if (cost !== null && cost > 0 && change.to < cost) {
      warnings.push({ kind: 'below-cost', outlet, price: change.to, cost });
    }
  }
  return warnings;
}
