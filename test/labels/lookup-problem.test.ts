import { describe, expect, it } from 'vitest';
import type { IpcError, LabelDocument } from '../../main/app-contract.ts';
import { type LookupProblemKind, lookupProblem } from '../../renderer/src/labels/lookup-problem.ts';

const failed = (kind: IpcError['kind'], dealposMessage?: string) =>
  ({ ok: false, error: { kind, message: 'x', ...(dealposMessage ? { dealposMessage } : {}) } }) as const;

describe('what a failed document lookup tells the person at the counter', () => {
  it('finds nothing wrong with a found document', () => {
    const document: LabelDocument = {
      kind: 'bill',
      outlet: 'Pluit',
      number: 'PB/2026/11/0001',
      lines: [],
      fetchedAt: 0,
    };
    expect(lookupProblem({ ok: true, value: { kind: 'found', document } })).toBeNull();
  });

  it('says an unknown number is unknown, quoting DealPOS', () => {
    const answer = {
      ok: true,
      value: { kind: 'unknown', dealposMessage: 'Bill X does not exist in Database' },
    } as const;
    expect(lookupProblem(answer)).toEqual({
      kind: 'unknown-number',
      dealposMessage: 'Bill X does not exist in Database',
    });
    expect(lookupProblem({ ok: true, value: { kind: 'unknown', dealposMessage: null } })).toEqual({
      kind: 'unknown-number',
      dealposMessage: null,
    });
  });

  it('names the missing role DealPOS named', () => {
    const message = 'You must have "VIEW" role in "Products" Module';
    expect(lookupProblem(failed('forbidden', message))).toEqual({
      kind: 'missing-role',
      dealposMessage: message,
    });
  });

  it.each<[IpcError['kind'], LookupProblemKind]>([
    ['network', 'offline'],
    ['timeout', 'offline'],
    ['offline', 'offline'],
    ['rate-limited', 'rate-limited'],
    ['not-connected', 'not-connected'],
    ['invalid-input', 'invalid-number'],
    ['auth', 'account'],
    ['suspended', 'account'],
    ['config', 'account'],
    ['server', 'dealpos-trouble'],
    ['invalid-response', 'dealpos-trouble'],
    ['not-found', 'dealpos-trouble'],
    ['conflict', 'dealpos-trouble'],
    ['bad-request', 'unknown-number'],
    ['internal', 'app-trouble'],
    ['untrusted-sender', 'app-trouble'],
    ['weak-encryption', 'app-trouble'],
    ['locked', 'app-trouble'],
  ])('a %s failure reads as %s', (kind, expected) => {
    expect(lookupProblem(failed(kind, 'DealPOS text'))?.kind).toBe(expected);
  });

  it('does not quote DealPOS where its text does not help (a server stack trace)', () => {
    expect(lookupProblem(failed('server', 'NullReferenceException'))?.dealposMessage).toBeNull();
  });

  it('reads a failure kind from a newer main process as the app’s own trouble', () => {
    expect(lookupProblem(failed('brand-new' as IpcError['kind']))?.kind).toBe('app-trouble');
  });
});
