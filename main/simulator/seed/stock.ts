import type { Variant } from '../catalog/records.ts';
import { createRng, deriveSeed } from '../prng.ts';
import type { Outlet } from './outlets.ts';

/** One outlet's stock of one variant, as DealPOS's `I` object carries it. */
export interface StockLevel {
  OnHand: number;
  Allocated: number;
  Available: number;
  Threshold: number;
}

// Types DealPOS keeps no stock for: their figures are all zero.
const STOCKLESS = new Set(['NonInventory', 'PrepaidPoint', 'PrepaidPackage', 'Composite']);

/**
 * The stock of a variant in an outlet, derived from the seed and the two IDs alone: the same
 * seed always shows the same figures, without storing 100,000 x outlets numbers, and a variant
 * added later gets figures too. About one in eight is sold out; a suspended outlet holds none.
 */
export function stockLevel(seed: number, variant: Variant, outlet: Outlet): StockLevel {
  if (STOCKLESS.has(variant.type) || outlet.suspended) {
    return { OnHand: 0, Allocated: 0, Available: 0, Threshold: 0 };
  }
  const rng = createRng(deriveSeed(seed, `stock:${variant.id}:${outlet.id}`));
  const onHand = rng.chance(0.12) ? 0 : rng.int(1, outlet.code === 'GDP' ? 400 : 40);
  const allocated = onHand > 0 && rng.chance(0.2) ? rng.int(1, Math.min(onHand, 3)) : 0;
  return { OnHand: onHand, Allocated: allocated, Available: onHand - allocated, Threshold: rng.int(0, 5) };
}

/** On hand summed over every outlet: the `Inventory` figure of a `/Product` variant row. */
export function totalOnHand(seed: number, variant: Variant, outlets: readonly Outlet[]): number {
  let total = 0;
  for (const outlet of outlets) total += stockLevel(seed, variant, outlet).OnHand;
  return total;
}
