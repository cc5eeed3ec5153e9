import { useEffect } from 'react';
import type { DealposBridge, GovernorState } from '../bridge/contract.ts';
import type { CatalogStore } from './catalog-store.ts';

/** The quota is idle when nothing waits and most of the window is unspent: a sync will not crowd a cashier. */
export function quotaIsIdle(quota: GovernorState): boolean {
  return (
    quota.queued.interactive === 0 && quota.queued.background === 0 && quota.remaining >= quota.limit * 0.8
  );
}

/** Whether a scheduled refresh is due: the catalog is older than the schedule, or was never finished. */
export function refreshDue(
  completedAt: number | null,
  unfinished: boolean,
  everyHours: number,
  now: number,
): boolean {
  if (unfinished) return true;
  if (everyHours <= 0) return false;
  return completedAt === null || now - completedAt >= everyHours * 3_600_000;
}

/**
 * Refreshes the catalog on the admin's schedule, only when the quota is idle, checking once a
 * minute; an unfinished download is resumed the same way.
 */
export function useCatalogRefresh(
  store: CatalogStore,
  bridge: () => DealposBridge,
  everyHours: number,
): void {
  useEffect(() => {
    const check = async () => {
      const state = store.getState();
      if (state.syncing || state.count === 0) return; // the first download is the user's choice
      if (!refreshDue(state.completedAt, state.unfinished, everyHours, Date.now())) return;
      const quota = await bridge().invoke('quota:get');
      if (quota.ok && quotaIsIdle(quota.value)) void state.sync();
    };
    const timer = setInterval(() => void check(), 60_000);
    return () => clearInterval(timer);
  }, [store, bridge, everyHours]);
}
