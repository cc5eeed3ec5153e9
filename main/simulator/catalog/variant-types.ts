/** Product types DealPOS lists for a variant (README "Shapes beyond the seed pages"). */
export const VARIANT_TYPES = [
  'Standard',
  'NonInventory',
  'Composite',
  'Serialized',
  'Manufactured',
  'Complementary',
  'MultipleUOM',
  'PrepaidPoint',
  'PrepaidPackage',
] as const;

export type VariantType = (typeof VARIANT_TYPES)[number];
