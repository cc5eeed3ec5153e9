import { describe, expect, it } from 'vitest';
import type { CatalogItem, LabelDocument } from '../../main/app-contract.ts';
import { newCount, type ReceiveCount } from '../../renderer/src/receive/receive-count.ts';
import type { CountSaver } from '../../renderer/src/receive/receive-db.ts';
import { createReceiveStore, type ReceiveCatalog } from '../../renderer/src/receive/receive-store.ts';

const bill: LabelDocument = {
  kind: 'bill',
  outlet: 'Kelapa Gading',
  number: 'PB/2026/11/0009',
  fetchedAt: 1,
  lines: [
    { variantId: 'v1', name: 'Kaos (M)', code: 'KPH-M', quantity: 2, unitPrice: 45_000 },
    { variantId: 'v2', name: 'Topi', code: 'TOPI-1', quantity: 1, unitPrice: 30_000 },
  ],
};

/** A saver that keeps copies, as IndexedDB would (structured clones), and logs when each put landed. */
function memorySaver(initial: ReceiveCount[] = []) {
  const saved = new Map(initial.map((c) => [c.id, structuredClone(c)]));
  const puts: number[] = [];
  const saver: CountSaver = {
    async put(count) {
      await new Promise((resolve) => setImmediate(resolve));
      saved.set(count.id, structuredClone(count));
      puts.push(count.steps.length);
    },
    async remove(id) {
      saved.delete(id);
    },
    get: async (id) => structuredClone(saved.get(id)),
    all: async () => [...saved.values()].sort((a, b) => b.updatedAt - a.updatedAt),
  };
  return { saver, saved, puts };
}

const sandal: CatalogItem = {
  id: 'v9',
  code: 'SND-41',
  name: 'Sandal Jepit 41',
  product: 'Sandal Jepit',
  variant: '41',
  category: null,
  type: null,
  unitPrice: 25_000,
  discontinued: false,
};

function catalog(online: CatalogItem | null = null): ReceiveCatalog & { finds: string[] } {
  const finds: string[] = [];
  return {
    finds,
    find: async (code) => {
      finds.push(code);
      return code === sandal.code ? sandal : undefined;
    },
    lookupOnline: async () => ({ ok: true, value: online }),
  };
}

describe('a count saved as it goes', () => {
  it('saves every scan before answering it, in the order scanned, even when scans come faster than saves', async () => {
    const { saver, saved, puts } = memorySaver();
    const store = createReceiveStore({ saver, catalog: catalog(), now: () => 10 });
    await store.getState().open(bill);
    const answers = await Promise.all(
      ['KPH-M', 'KPH-M', 'TOPI-1', 'TOPI-1'].map((c) => store.getState().scan(c)),
    );
    expect(answers.map((a) => a?.outcome)).toEqual(['counted', 'line-complete', 'line-complete', 'over']);
    expect(puts).toEqual([0, 1, 2, 3, 4]);
    expect(saved.get(store.getState().count!.id)?.steps).toHaveLength(4);
  });

  it('resumes a count saved before a reload, from the list of counts in progress', async () => {
    const { saver } = memorySaver();
    const first = createReceiveStore({ saver, catalog: catalog() });
    await first.getState().open(bill);
    await first.getState().scan('KPH-M');
    // The page reloads: a new store over the same saved counts.
    const second = createReceiveStore({ saver, catalog: catalog() });
    await second.getState().loadInProgress();
    expect(second.getState().inProgress.map((c) => c.document.number)).toEqual([bill.number]);
    await second.getState().resume(second.getState().inProgress[0]!.id);
    expect(second.getState().view?.lines[0]?.counted).toBe(1);
    // Opening the same document again from the Labels screen carries on with the same count.
    const third = createReceiveStore({ saver, catalog: catalog() });
    await third.getState().loadInProgress();
    await third.getState().open(bill);
    expect(third.getState().view?.totals.counted).toBe(1);
  });

  it('keeps several documents in progress, and forgets one once done', async () => {
    const other = { ...bill, number: 'PB/2026/11/0010' };
    const { saver, saved } = memorySaver([newCount(other, 5)]);
    const store = createReceiveStore({ saver, catalog: catalog(), now: () => 20 });
    await store.getState().loadInProgress();
    await store.getState().open(bill);
    expect(store.getState().inProgress.map((c) => c.document.number)).toEqual([bill.number, other.number]);
    await store.getState().done();
    expect([...saved.values()].map((c) => c.document.number)).toEqual([other.number]);
    expect(store.getState().phase).toBe('closed');
  });

  it('names a code not on the bill from the catalog on this PC, and asks the catalog for nothing else', async () => {
    const { saver } = memorySaver();
    const lookup = catalog();
    const store = createReceiveStore({ saver, catalog: lookup });
    await store.getState().open(bill);
    await store.getState().scan('KPH-M');
    const answer = await store.getState().scan('SND-41');
    expect(answer?.outcome).toBe('not-on-document');
    expect(lookup.finds).toEqual(['SND-41']);
    expect(store.getState().view?.unexpected[0]?.name).toBe('Sandal Jepit 41');
  });

  it('names an unknown code from DealPOS when staff ask, and keeps the name in the saved count', async () => {
    const { saver, saved } = memorySaver();
    const store = createReceiveStore({
      saver,
      catalog: catalog({ ...sandal, code: 'NEW-1', name: 'Sandal Baru' }),
    });
    await store.getState().open(bill);
    expect((await store.getState().scan('NEW-1'))?.outcome).toBe('unknown');
    await store.getState().lookupOnline('NEW-1');
    expect(store.getState().view?.unexpected[0]?.name).toBe('Sandal Baru');
    expect(saved.get(store.getState().count!.id)?.names['NEW-1']?.name).toBe('Sandal Baru');
  });

  it('undoes the last scan and saves the undo', async () => {
    const { saver, saved } = memorySaver();
    const store = createReceiveStore({ saver, catalog: null });
    await store.getState().open(bill);
    await store.getState().scan('TOPI-1');
    const answer = await store.getState().undo();
    expect(answer).toMatchObject({ outcome: 'undone', code: 'TOPI-1' });
    expect(saved.get(store.getState().count!.id)?.steps).toEqual([]);
    expect(await store.getState().undo()).toBeNull();
  });

  it('takes no scan once finished, until staff go back to the count', async () => {
    const { saver } = memorySaver();
    const store = createReceiveStore({ saver, catalog: null });
    await store.getState().open(bill);
    store.getState().finish();
    expect(store.getState().view?.lines.map((l) => l.state)).toEqual(['short', 'short']);
    expect(await store.getState().scan('TOPI-1')).toBeNull();
    store.getState().backToCount();
    expect((await store.getState().scan('TOPI-1'))?.outcome).toBe('line-complete');
  });

  it('still counts when saving fails, and says so', async () => {
    const saver: CountSaver = {
      put: async () => {
        throw new Error('QuotaExceededError');
      },
      remove: async () => undefined,
      get: async () => undefined,
      all: async () => [],
    };
    const store = createReceiveStore({ saver, catalog: null });
    await store.getState().open(bill);
    await store.getState().scan('KPH-M');
    expect(store.getState().saveFailed).toBe(true);
    expect(store.getState().view?.totals.counted).toBe(1);
  });
});
