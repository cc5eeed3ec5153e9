import { Card } from '@radix-ui/themes';
import { useLayoutEffect, useRef, useState } from 'react';
import type { CatalogItem, IpcResult, StockEverywhereAnswer } from '../bridge/contract.ts';
import { FoundItem } from './item-panel.tsx';
import { ScanRows } from './scan-list.tsx';

/** Fills every part of a found panel (variant, stock, category) and a list row, so all of their code runs. */
const sampleItem: CatalogItem = {
  id: 'warm-up',
  code: 'WARM-UP-0000',
  name: 'Warm-up item',
  product: 'Warm-up item',
  variant: 'Warm-up variant',
  category: 'Warm-up',
  type: null,
  unitPrice: 125_000,
  discontinued: false,
  onHand: 12,
  stockReadAt: 0,
};

const neverAsked = (): Promise<IpcResult<StockEverywhereAnswer>> => new Promise(() => {});

/**
 * Renders a found panel and a scan list's first row once, hidden, lays it out and removes it before the frame is painted.
 * Without it the first scan of a session ran the panel's code cold and laid its styles out for
 * the first time: ~35-60 ms before its answer was painted (bench/SCAN-TRACE.md). Mount it when
 * the screen is idle. It never holds test ids or focusable content after its one task.
 */
export function FoundPanelWarmUp() {
  const [done, setDone] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (done) return;
    box.current?.getBoundingClientRect(); // the layout a first scan would otherwise do
    setDone(true); // a layout effect's update renders again before the browser paints
  }, [done]);
  if (done) return null;
  return (
    <div ref={box} className="found-panel-warm-up" aria-hidden inert>
      <Card size="4" className="item-panel item-panel--found">
        <FoundItem
          item={{ ...sampleItem, stockReadAt: Date.now() }}
          online={false}
          askOutletStock={neverAsked}
          scan={0}
        />
      </Card>
      <ScanRows lines={[{ item: sampleItem, count: 1 }]} hidden={0} />
    </div>
  );
}
