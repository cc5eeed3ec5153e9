import { useEffect, useState } from 'react';
import { barcodeEngineReady, loadBarcodeEngine } from './barcode-drawing.ts';

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
  return ready;
}
