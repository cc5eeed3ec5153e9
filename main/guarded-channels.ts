import type { InvokeChannel, ParsedInputOf } from './app-contract.ts';
import type { Approval } from './ipc/approval.ts';

/**
 * When a guarded channel needs a manager's approval:
 * - `always`;
 * - `while-connected`: only while a live store is connected with its outlet chosen, so the first
 *   connect (and leaving the demo) needs no passcode, but replacing or forgetting a working
 *   connection does.
 */
export type GuardRule = 'always' | 'while-connected';

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
