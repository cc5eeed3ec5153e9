import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSimulator, startSimulator } from '../../main/simulator/index.ts';
import { testApproval } from '../support/manager-approval.ts';
import { type OpenApp, ok, openApp } from '../support/open-app.ts';

// What the page sends is checked in main before anything reaches DealPOS: a refused payload
// sends no request and writes no log line.

let sim: RunningSimulator;
let desk: OpenApp;

beforeAll(async () => {
  sim = await startSimulator({ quiet: true, variants: 50, rateLimit: { limit: 5000, windowSeconds: 180 } });
  desk = await openApp({ simulator: sim });
});
afterAll(async () => {
  await desk.close();
  await sim.close();
});

const ref = { outlet: 'Pluit', number: '2026.11.00001' };
const long = (n: number) => 'X'.repeat(n);

/** [what, channel call] pairs that must all be refused. */
const refusals: [string, (d: OpenApp) => Promise<{ ok: boolean; error?: { kind: string } }>][] = [
  ['an empty invoice number', (d) => d.bridge.invoke('back-office:invoice-void', { ...ref, number: '  ' })],
  [
    'an invoice number of 61 characters',
    (d) => d.bridge.invoke('back-office:invoice-void', { ...ref, number: long(61) }),
  ],
  [
    'a scanner Tab inside a number',
    (d) => d.bridge.invoke('back-office:invoice-restore', { ...ref, number: '2026.11\t00001' }),
  ],
  [
    'a newline inside a note',
    (d) => d.bridge.invoke('back-office:invoice-void', { ...ref, note: 'one\ntwo' }),
  ],
  [
    'a note of 251 characters',
    (d) => d.bridge.invoke('back-office:invoice-void', { ...ref, note: long(251) }),
  ],
  [
    'a fulfilment DealPOS does not know',
    (d) => d.bridge.invoke('back-office:invoice-void', { ...ref, fulfillment: 'Maybe' as 'Sent' }),
  ],
  [
    'a field the contract does not have',
    (d) => d.bridge.invoke('back-office:invoice-erase', { ...ref, invoiceId: 'x' } as typeof ref),
  ],
  ['no outlet', (d) => d.bridge.invoke('back-office:invoice-erase', { number: ref.number } as typeof ref)],
  [
    'an order with neither reference nor service',
    (d) => d.bridge.invoke('back-office:order-reference', { ...ref }),
  ],
  [
    'a tracking number of 61 characters',
    (d) => d.bridge.invoke('back-office:order-reference', { ...ref, referenceNumber: long(61) }),
  ],
  [
    'a variant change that changes nothing',
    (d) => d.bridge.invoke('back-office:variant-update', { code: '1315L' }),
  ],
  [
    'a negative price',
    (d) => d.bridge.invoke('back-office:variant-update', { code: '1315L', unitPrice: -1 }),
  ],
  [
    'a price with cents',
    (d) => d.bridge.invoke('back-office:variant-update', { code: '1315L', unitPrice: 1500.5 }),
  ],
  [
    'a price as text',
    (d) =>
      d.bridge.invoke('back-office:variant-update', {
        code: '1315L',
        unitPrice: '150000' as unknown as number,
      }),
  ],
  [
    'an empty outlet price list',
    (d) => d.bridge.invoke('back-office:variant-update', { code: '1315L', outletPrices: [] }),
  ],
  [
    'adding no variant',
    (d) => d.bridge.invoke('back-office:variant-add', { productCode: '1315', variants: [] }),
  ],
  [
    'adding 21 variants at once',
    (d) =>
      d.bridge.invoke('back-office:variant-add', {
        productCode: '1315',
        variants: Array.from({ length: 21 }, (_, i) => ({ code: `N${i}`, model: 'M', unitPrice: 1 })),
      }),
  ],
  [
    'the same new code twice, in two cases',
    (d) =>
      d.bridge.invoke('back-office:variant-add', {
        productCode: '1315',
        variants: [
          { code: 'n1', model: 'A', unitPrice: 1 },
          { code: 'N1', model: 'B', unitPrice: 1 },
        ],
      }),
  ],
  [
    'a new variant without a model',
    (d) =>
      d.bridge.invoke('back-office:variant-add', {
        productCode: '1315',
        variants: [{ code: 'N1', unitPrice: 1 }],
      } as never),
  ],
  ['deleting an empty code', (d) => d.bridge.invoke('back-office:variant-delete', { code: '' })],
  ['a log page of 0', (d) => d.bridge.invoke('back-office:activity', { limit: 0 })],
];

describe('invalid input from the page', () => {
  it.each(refusals)('refuses %s without a request to DealPOS', async (_what, call) => {
    const before = sim.controls.stats();
    const answer = await call(desk);
    expect(answer.ok).toBe(false);
    expect(answer.error?.kind).toBe('invalid-input');
    expect(sim.controls.stats().requests).toBe(before.requests);
    expect(ok(await desk.bridge.invoke('back-office:activity')).total).toBe(0);
  });
});

describe('a counter that is not connected', () => {
  it('refuses every write without a log line, since nothing was sent', async () => {
    const other = await openApp({ simulator: sim });
    try {
      ok(await other.bridge.invoke('connection:disconnect', { approval: testApproval }));
      const answers = [
        await other.bridge.invoke('back-office:invoice-void', ref),
        await other.bridge.invoke('back-office:order-reference', { ...ref, referenceNumber: 'JP1' }),
        await other.bridge.invoke('back-office:variant-update', { code: '1315L', unitPrice: 1 }),
        await other.bridge.invoke('back-office:variant', { code: '1315L' }),
      ];
      expect(answers.map((a) => (a.ok ? 'ok' : a.error.kind))).toEqual(answers.map(() => 'not-connected'));
      expect(ok(await other.bridge.invoke('back-office:activity')).total).toBe(0);
    } finally {
      await other.close();
    }
  });
});
