import type { Approval, ApprovedCall } from '../ipc/approval.ts';
import { ServiceError } from '../ipc/service-error.ts';
import type { ManagerPasscode } from './manager-passcode.ts';

/**
 * When a guarded channel needs a manager's approval:
 * - `always`;
 * - `while-connected`: only while a live store is connected with its outlet chosen, so the first
 *   connect (and leaving the demo) needs no passcode, but replacing or forgetting a working
 *   connection does.
 */
export type GuardRule = 'always' | 'while-connected';

export interface ApprovalGuardDeps {
  passcode: Pick<ManagerPasscode, 'verify'>;
  /** Whether a working live connection is there (what `while-connected` channels ask). */
  connected(): boolean;
  /** The app log: the channel, the approver's name and the outcome, never the passcode. */
  log(message: string): void;
}

type Guarded = (input: unknown, call: ApprovedCall) => unknown;

/** The payload without its `approval`, so no handler ever holds (or stores) the passcode. */
function split(input: unknown): { approval: Approval | undefined; rest: unknown } {
  if (typeof input !== 'object' || input === null) return { approval: undefined, rest: input };
  const { approval, ...rest } = input as { approval?: Approval };
  return { approval, rest };
}

/**
 * The one place the manager's approval is checked: each channel of `rules` (main/guarded-channels.ts) gets its
 * handler wrapped so the passcode is checked in main before the handler runs. A refusal throws a
 * ServiceError (`approval-required`, `approval-refused`, `approval-locked`) and changes nothing.
 * The handler is told who approved, for its own log.
 */
export function guardHandlers<H extends object>(
  handlers: H,
  rules: Partial<Record<keyof H & string, GuardRule>>,
  deps: ApprovalGuardDeps,
): H {
  const guarded = { ...handlers } as Record<string, unknown>;
  for (const [channel, rule] of Object.entries(rules) as [keyof H & string, GuardRule][]) {
    const inner = handlers[channel] as unknown as Guarded;
    guarded[channel] = async (input: unknown) => {
      const { approval, rest } = split(input);
      if (rule === 'while-connected' && !deps.connected()) return inner(rest, { approver: null });
      if (approval === undefined) {
        deps.log(`manager: ${channel} refused: no approval`);
        throw new ServiceError('approval-required', 'A manager must approve this with the manager passcode.');
      }
      try {
        await deps.passcode.verify(approval.passcode);
      } catch (error) {
        if (error instanceof ServiceError) deps.log(`manager: ${channel} refused (${error.kind})`);
        throw error;
      }
      deps.log(`manager: ${channel} approved by ${approval.approver}`);
      return inner(rest, { approver: approval.approver });
    };
  }
  return guarded as H;
}
