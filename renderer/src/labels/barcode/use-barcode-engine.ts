import { useEffect, useState } from 'react';
import { barcodeEngineReady, loadBarcodeEngine, warmBarcodeEngine } from './barcode-drawing.ts';

/** Whether bwip-js is loaded; loads it on first use and re-renders once it is. */
export function useBarcodeEngine(): boolean {
  const [ready, setReady] = useState(barcodeEngineReady);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void loadBarcodeEngine().then(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [ready]);
  useEffect(() => {
    if (!ready || typeof requestIdleCallback !== 'function') return;
    // While the cashier types a document number: its first labels then draw at full speed.
    const handle = requestIdleCallback(warmBarcodeEngine, { timeout: 2_000 });
    return () => cancelIdleCallback(handle);
  }, [ready]);
  return ready;
}
