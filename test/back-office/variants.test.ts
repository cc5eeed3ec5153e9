import { describe, expect, it } from 'vitest';
import { testApproval } from '../support/manager-approval.ts';
import { type OpenApp, ok, openApp } from '../support/open-app.ts';
import { simulatorSuite } from '../support/simulator-suite.ts';

// Quick variant edits: read fresh, change only what was changed, add variants to a product,
// delete one; every answer carries what the page needs to update its catalog cache.

let desk: OpenApp;
const suite = simulatorSuite({}, () => desk?.close());

const activeCode = () =>
  suite.fixtures.sampleVariantCodes.find((c) => !suite.fixtures.discontinuedCodes.includes(c))!;

describe('variant quick edits', () => {
  it('reads a variant for the form, and says null for a code DealPOS does not have', async () => {
    desk = await openApp({ simulator: suite.sim });
    const code = activeCode();
    const sheet = ok(await desk.bridge.invoke('back-office:variant', { code }));
    expect(sheet).toMatchObject({ code, discontinued: false, item: { code } });
    expect(sheet?.unitPrice).toBeGreaterThan(0);
    expect(ok(await desk.bridge.invoke('back-office:variant', { code: 'NO-SUCH-CODE-1' }))).toBeNull();
  });

  it('changes the price, an outlet price and discontinued, and answers the record as DealPOS now has it', async () => {
    desk = await openApp({ simulator: suite.sim });
    const code = activeCode();
    const outlet = suite.fixtures.outlets.find((o) => !o.Suspended)!.Name;
    const answer = ok(
      await desk.bridge.invoke('back-office:variant-update', {
        code,
        unitPrice: 135000,
        discontinued: true,
        outletPrices: [{ outlet, price: 140000 }],
      }),
    );
    expect(answer).toMatchObject({ result: 'done', dealposMessage: 'Update Success' });
    if (answer.result !== 'done') return;
    expect(answer.sheet).toMatchObject({ unitPrice: 135000, discontinued: true });
    expect(answer.sheet?.outletPrices).toContainEqual({ outlet, price: 140000, extraCost: 0 });
    // What the catalog cache gets: the next scan shows the new price.
    expect(answer.sheet?.item).toMatchObject({ code, unitPrice: 135000, discontinued: true });
    const stats = suite.sim.controls.stats();
    expect(stats.applied['PUT variant']).toBe(1);
  });

  it('renames the model, and the read-back carries the name DealPOS made of it', async () => {
    desk = await openApp({ simulator: suite.sim });
    const code = activeCode();
    const answer = ok(await desk.bridge.invoke('back-office:variant-update', { code, model: 'Jumbo' }));
    if (answer.result !== 'done') throw new Error(answer.result);
    expect(answer.sheet?.model).toBe('Jumbo');
    expect(answer.sheet?.item.name).toMatch(/Jumbo/);
  });

  it('adds variants to a product by its code, ready for the cache', async () => {
    desk = await openApp({ simulator: suite.sim });
    const product = suite.fixtures.products[0]!;
    const answer = ok(
      await desk.bridge.invoke('back-office:variant-add', {
        productCode: product.Code,
        variants: [
          { code: 'BO-NEW-1', model: 'XXL', unitPrice: 175000, unitCost: 90000 },
          { code: 'BO-NEW-2', model: 'XXXL', unitPrice: 185000 },
        ],
      }),
    );
    expect(answer.result).toBe('done');
    if (answer.result !== 'done') return;
    expect(answer.dealposMessage).toBeNull();
    expect(answer.items.map((i) => [i.code, i.unitPrice])).toEqual([
      ['BO-NEW-1', 175000],
      ['BO-NEW-2', 185000],
    ]);
    expect(answer.items[0]?.name).toContain('XXL');
  });

  it('refuses a code that already exists, adding none of the batch', async () => {
    desk = await openApp({ simulator: suite.sim });
    const product = suite.fixtures.products[0]!;
    const taken = activeCode();
    const answer = ok(
      await desk.bridge.invoke('back-office:variant-add', {
        productCode: product.Code,
        variants: [
          { code: 'BO-FRESH-1', model: 'A', unitPrice: 1000 },
          { code: taken, model: 'B', unitPrice: 1000 },
        ],
      }),
    );
    expect(answer).toMatchObject({ result: 'refused', error: { kind: 'conflict' } });
    if (answer.result !== 'refused') return;
    expect(answer.error.dealposMessage).toContain(taken);
    expect(ok(await desk.bridge.invoke('back-office:variant', { code: 'BO-FRESH-1' }))).toBeNull();
  });

  it('says an unknown product code is not in DealPOS', async () => {
    desk = await openApp({ simulator: suite.sim });
    const answer = ok(
      await desk.bridge.invoke('back-office:variant-add', {
        productCode: 'NO-SUCH-PRODUCT',
        variants: [{ code: 'BO-X-1', model: 'A', unitPrice: 1000 }],
      }),
    );
    expect(answer).toMatchObject({ result: 'refused', error: { kind: 'bad-request' } });
  });

  it('deletes a variant, which DealPOS then no longer has', async () => {
    desk = await openApp({ simulator: suite.sim });
    const code = activeCode();
    const answer = ok(
      await desk.bridge.invoke('back-office:variant-delete', { code, approval: testApproval }),
    );
    expect(answer).toMatchObject({
      result: 'done',
      dealposMessage: `Variant with code ${code} has been successfully deleted.`,
    });
    expect(ok(await desk.bridge.invoke('back-office:variant', { code }))).toBeNull();
    const again = ok(
      await desk.bridge.invoke('back-office:variant-delete', { code, approval: testApproval }),
    );
    expect(again).toMatchObject({ result: 'refused', error: { kind: 'bad-request' } });
  });

  it('shows the missing Products role for edit, add and delete', async () => {
    desk = await openApp({ simulator: suite.sim, credentials: 'limited' });
    const code = activeCode();
    const answers = [
      ok(await desk.bridge.invoke('back-office:variant-update', { code, unitPrice: 1 })),
      ok(
        await desk.bridge.invoke('back-office:variant-add', {
          productCode: suite.fixtures.products[0]!.Code,
          variants: [{ code: 'BO-Y', model: 'Y', unitPrice: 1 }],
        }),
      ),
      ok(await desk.bridge.invoke('back-office:variant-delete', { code, approval: testApproval })),
    ];
    expect(answers.map((a) => (a.result === 'refused' ? a.error.dealposMessage : a.result))).toEqual([
      'You must have "EDIT" role in "Products" Module',
      'You must have "ADD" role in "Products" Module',
      'You must have "DELETE" role in "Products" Module',
    ]);
    expect(suite.sim.controls.stats().applied).toEqual({});
  });
});
