import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { bridgeRemote } from '../../renderer/src/catalog/bridge-remote.ts';
import type { CatalogDb } from '../../renderer/src/catalog/catalog-db.ts';
import { type CatalogRemote, CatalogSync } from '../../renderer/src/catalog/catalog-sync.ts';
import { giveWayTo } from '../../renderer/src/catalog/give-way.ts';
import { mainThreadWriter, type PageWriter } from '../../renderer/src/catalog/page-write.ts';
import { catalogSuite } from './catalog-suite.ts';

// The catalog sync gives way to the cashier: it waits for a pause in the scans before each next
// page. The clock here is a counter the test moves (sleep moves it), so no test waits for real.

function fakeClock() {
  let t = 0;
  const slept: number[] = [];
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
    slept,
    sleep: async (ms: number) => {
      slept.push(ms);
      t += ms;
    },
  };
}

describe('giving way to scans', () => {
  it('goes on at once when nobody scanned', async () => {
    const clock = fakeClock();
    const way = giveWayTo({ quietMs: 400, maxWaitMs: 3000, now: clock.now, sleep: clock.sleep });
    await way.wait();
    expect(clock.slept).toEqual([]);
  });

  it('waits until the scans have paused for the quiet time', async () => {
    const clock = fakeClock();
    const way = giveWayTo({ quietMs: 400, maxWaitMs: 3000, now: clock.now, sleep: clock.sleep });
    clock.advance(1000);
    way.noteForeground();
    clock.advance(150);
    await way.wait();
    expect(clock.slept).toEqual([250]);
    expect(clock.now()).toBe(1400);
  });

  it('after the longest wait, goes right after the next answer while the cashier keeps scanning', async () => {
    const clock = fakeClock();
    // A scan every 100 ms, for ever: its first key at 0, its answer at 60 (each sleep brings the
    // next of these events, so the clock only ever stops at one).
    let step = 0;
    const way = giveWayTo({
      quietMs: 400,
      maxWaitMs: 3000,
      now: clock.now,
      sleep: async (ms) => {
        const next = step % 2 === 0 ? 60 : 40;
        await clock.sleep(Math.min(ms, next));
        if (clock.now() % 100 === 0) way.noteForeground();
        else if (clock.now() % 100 === 60) way.noteAnswered();
        step++;
      },
    });
    way.noteForeground();
    await way.wait();
    // Not at 3000 (the next scan's first key) but at its answer, with its next key 40 ms away.
    expect(clock.now()).toBe(3060);
  });

  /**
   * A giveWay that has been held since 0 by a scan, where each of its sleeps lasts at most 100 ms
   * and ends with `tick` (what the cashier did in those 100 ms).
   */
  async function heldWhile(tick: (way: ReturnType<typeof giveWayTo>) => void): Promise<number> {
    const clock = fakeClock();
    const way = giveWayTo({
      quietMs: 400,
      maxWaitMs: 3000,
      now: clock.now,
      sleep: async (ms) => {
        await clock.sleep(Math.min(ms, 100));
        tick(way);
      },
    });
    way.noteForeground();
    await way.wait();
    return clock.now();
  }

  it('after the longest wait, goes at once when the last scan was already answered', async () => {
    // A scan answered every 100 ms, and nothing in between.
    const wentAt = await heldWhile((way) => {
      way.noteForeground();
      way.noteAnswered();
    });
    expect(wentAt).toBe(3000);
  });

  it('a scan that never gets answered holds it at most twice the longest wait', async () => {
    // Keys every 100 ms that never end in a lookup (somebody keeps typing into the Code field).
    const wentAt = await heldWhile((way) => way.noteForeground());
    expect(wentAt).toBe(6000);
  });
});

const suite = catalogSuite({ profile: 'docs', variants: 2_500, maxPageSize: 1000 }, 'give-way-test');

describe('a catalog sync beside the scans', () => {
  it('asks for no next page while the foreground has not given way, then finishes', async () => {
    suite.sim.controls.config({ categoryRequired: false });
    const pages: number[] = [];
    const remote = bridgeRemote(suite.bridge);
    const counting: CatalogRemote = {
      ...remote,
      page: (category, pageNumber, pageSize) => {
        pages.push(pageNumber);
        return remote.page(category, pageNumber, pageSize);
      },
    };
    let release: () => void = () => {};
    let held = 0;
    const sync = new CatalogSync(suite.freshDb(), counting, {
      initialPageSize: 1000,
      giveWay: () => {
        held++;
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      },
    }).run();
    // The first page came in; the sync now waits before asking for the second.
    await expect.poll(() => held).toBe(1);
    expect(pages).toEqual([1]);
    release();
    await expect.poll(() => held).toBe(2);
    expect(pages).toEqual([1, 2]);
    release();
    await expect.poll(() => held).toBe(3);
    release();
    expect(await sync).toMatchObject({ kind: 'completed', count: 2_500 });
    expect(pages).toEqual([1, 2, 3]);
  });

  it('passes a scan and its answer during the sync on to the writer of its pages, and none after it ended', async () => {
    suite.sim.controls.config({ categoryRequired: false });
    const told: string[] = [];
    const remote = bridgeRemote(suite.bridge);
    let sync: CatalogSync | null = null;
    const scanning: CatalogRemote = {
      ...remote,
      page: (category, pageNumber, pageSize) => {
        // A cashier scans while the second page is on its way.
        if (pageNumber === 2) {
          sync?.foreground();
          sync?.answered();
        }
        return remote.page(category, pageNumber, pageSize);
      },
    };
    const writer = (db: CatalogDb): PageWriter => ({
      ...mainThreadWriter(db),
      foreground: () => told.push('foreground'),
      answered: () => told.push('answered'),
    });
    sync = new CatalogSync(suite.freshDb(), scanning, { initialPageSize: 1000, writer });
    expect(await sync.run()).toMatchObject({ kind: 'completed', count: 2_500 });
    expect(told).toEqual(['foreground', 'answered']);
    sync.foreground();
    sync.answered();
    expect(told).toEqual(['foreground', 'answered']);
  });
});
