import type { DealposBridge } from '../../main/app-contract.ts';

/** The manager passcode the test counters are set up with, and the manager who types it. */
export const testApproval = { passcode: '2468', approver: 'Ibu Sari' } as const;

/** Sets the test passcode as the connect screen would, unless this counter (its stores) has one. */
export async function setTestPasscode(bridge: DealposBridge): Promise<void> {
  const status = await bridge.invoke('manager:status');
  if (!status.ok) throw new Error(status.error.message);
  if (status.value.passcodeSet) return;
  const set = await bridge.invoke('manager:set-passcode', { next: testApproval.passcode });
  if (!set.ok) throw new Error(set.error.message);
}

/**
 * The test passcode as a value of its own: the logs carry request times such as "ms":2.2468…,
 * so a bare substring search would find it inside a number that is no leak.
 */
export const passcodeAlone = new RegExp(`(?<![0-9.])${testApproval.passcode}(?![0-9])`);
