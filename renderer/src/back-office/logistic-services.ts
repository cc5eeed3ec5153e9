/**
 * Logistic service codes offered at the shipping desk. DealPOS takes any text (its example is
 * "JNE123"), so these are suggestions: a store types its own code when the courier is not here.
 */
export const logisticServices = [
  'JNE-REG',
  'JNE-YES',
  'JNE-OKE',
  'JNT-EZ',
  'SICEPAT-REG',
  'SICEPAT-BEST',
  'ANTERAJA-REG',
  'NINJA-STD',
  'POS-KILAT',
  'GOSEND',
  'GRAB',
] as const;
