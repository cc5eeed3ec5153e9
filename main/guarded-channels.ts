import type { InvokeChannel, ParsedInputOf } from './app-contract.ts';
import type { Approval } from './ipc/approval.ts';
import type { GuardRule } from './manager/approval-guard.ts';

export type { GuardRule } from './manager/approval-guard.ts';

/**
 * The one list of channels that need a manager's approval (issue #12). Main checks the approval
 * before the handler runs (main/manager/approval-guard.ts), for these channels and no others.
 */
export const guardedChannels = {
  'customers:clear-lockout': 'always',
  'connection:save': 'while-connected',
  'connection:disconnect': 'while-connected',
  'back-office:invoice-erase': 'always',
  'back-office:variant-delete': 'always',
  'labels:save-profile': 'always',
  'labels:delete-profile': 'always',
  'updates:set-feed': 'always',
} as const satisfies Partial<Record<InvokeChannel, GuardRule>>;

export type GuardedChannel = keyof typeof guardedChannels;

// The compiler refuses a guarded channel whose payload has no `approval` field.
type WithoutApproval = {
  [C in GuardedChannel]: 'approval' extends keyof NonNullable<ParsedInputOf<C>>
    ? NonNullable<ParsedInputOf<C>>['approval'] extends Approval | undefined
      ? never
      : C
    : C;
}[GuardedChannel];
const everyGuardedChannelTakesApproval: [WithoutApproval] extends [never] ? true : never = true;
void everyGuardedChannelTakesApproval;
