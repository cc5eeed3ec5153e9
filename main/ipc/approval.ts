import { z } from 'zod';
import { text } from './channel.ts';

/**
 * A manager's approval of a guarded action: the passcode as typed (checked in main, never kept or
 * logged) and the approver's name as they typed it, for the logs. Guarded channels take it as an
 * optional `approval` field so a missing one is answered `approval-required`, not a schema error.
 */
export const approvalInput = z
  .object({
    passcode: z.string().min(1).max(64),
    approver: text(60),
  })
  .strict();
export type Approval = z.infer<typeof approvalInput>;

/** The field a guarded channel's payload adds to its schema. */
export const approvalField = { approval: approvalInput.optional() };

/** What a guarded handler is told about the approval: who gave it, never the passcode. */
export interface ApprovedCall {
  approver: string | null;
}
