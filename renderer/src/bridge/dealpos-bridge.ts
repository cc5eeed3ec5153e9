import type { DealposBridge } from './contract.ts';

declare global {
  interface Window {
    /** Put there by the preload (or by the end-to-end harness, over the same handlers). */
    readonly dealpos?: DealposBridge;
  }
}

/** The bridge to main; throws when the page was opened without the preload (a plain browser tab). */
export function dealposBridge(): DealposBridge {
  const bridge = window.dealpos;
  if (!bridge) throw new Error('window.dealpos is missing: open this page inside DealPOS Companion.');
  return bridge;
}
