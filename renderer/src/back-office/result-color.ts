import type { WriteResult } from './contract.ts';

/** Green done, red refused, amber not sure (check in DealPOS). */
export const resultColor = {
  done: 'green',
  refused: 'red',
  uncertain: 'amber',
} as const satisfies Record<WriteResult, string>;
