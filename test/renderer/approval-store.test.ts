// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { Approval, IpcError } from '../../main/app-contract.ts';
import { createApprovalStore } from '../../renderer/src/manager/approval-store.ts';
import { fakeMain } from './fake-main.ts';

// The page side of the one manager dialog: the dialog stays open on a wrong passcode and says
// how many tries are left; it closes when the action ran, or when the person cancels.

const refused: IpcError = { kind: 'approval-refused', message: 'wrong' };

function approvalDesk() {
  let triesLeft = 5;
  const main = fakeMain({ 'manager:status': () => ({ passcodeSet: true, lockedUntil: null, triesLeft }) });
  const store = createApprovalStore(main.bridge);
  const sent: Approval[] = [];
  const request = {
    title: 'Clear the lock for Budi?',
    confirmLabel: 'Clear the lock',
    run: async (approval: Approval) => {
      sent.push(approval);
      if (approval.passcode === '2468') return null;
      triesLeft -= 1;
      return refused;
    },
  };
  return { store, main, sent, request };
}

describe('the manager dialog', () => {
  test('a wrong passcode keeps it open with the tries left; the right one runs the action and closes it', async () => {
    const { store, sent, request } = approvalDesk();
    const answer = store.getState().ask(request);
    store.getState().setApprover('  Ibu Sari ');
    await store.getState().submit('1111');
    expect(store.getState()).toMatchObject({
      request,
      refusal: refused,
      status: { triesLeft: 4 },
      busy: false,
    });

    await store.getState().submit('2468');
    expect(await answer).toBe(true);
    expect(store.getState()).toMatchObject({ request: null, refusal: null, approver: '  Ibu Sari ' });
    // The approver is sent trimmed and remembered for the next action of the session.
    expect(sent.map((a) => a.approver)).toEqual(['Ibu Sari', 'Ibu Sari']);
  });

  test('sends nothing without a passcode or a name, and a cancel answers false', async () => {
    const { store, sent, request } = approvalDesk();
    const answer = store.getState().ask(request);
    await store.getState().submit('2468');
    store.getState().setApprover('Ibu Sari');
    await store.getState().submit('');
    expect(sent).toEqual([]);
    store.getState().cancel();
    expect(await answer).toBe(false);
    expect(store.getState().request).toBeNull();
  });

  test('another failure closes it and answers false: the screen shows that error itself', async () => {
    const { store, request } = approvalDesk();
    const answer = store.getState().ask({ ...request, run: async () => ({ kind: 'offline', message: 'x' }) });
    store.getState().setApprover('Ibu Sari');
    await store.getState().submit('2468');
    expect(await answer).toBe(false);
    expect(store.getState().request).toBeNull();
  });
});
