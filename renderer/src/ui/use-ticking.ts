import { useEffect, useState } from 'react';

/**
 * Re-renders the caller every `intervalMs` while `active`, so a countdown computed from
 * `Date.now()` during render stays current (and is right on the very first render, which a
 * clock kept in state would not be).
 */
export function useTicking(active: boolean, intervalMs = 1000): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setTick((tick) => tick + 1), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
}
