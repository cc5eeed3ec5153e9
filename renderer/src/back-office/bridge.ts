import { dealposBridge } from '../bridge/dealpos-bridge.ts';

/** The page's `window.dealpos` (the preload's, or the end-to-end harness's). */
export const bridge = () => dealposBridge();
