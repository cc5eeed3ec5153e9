import type { AuditResult } from './contract.ts';

/** How each line of the check log is coloured: green right, amber wrong, red refused, gray the rest. */
export const resultColor = {
  verified: 'green',
  wrong: 'amber',
  'locked-out': 'red',
  locked: 'red',
  refused: 'red',
  'no-pin': 'amber',
  offline: 'gray',
  error: 'gray',
  'lockout-cleared': 'blue',
} as const satisfies Record<AuditResult, string>;
