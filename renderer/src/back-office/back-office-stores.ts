import { createStore, type StoreApi } from 'zustand/vanilla';
import { type ActivityStore, createActivityStore } from './activity-store.ts';
import type { CatalogCache } from './catalog-cache.ts';
import type { DealposBridge } from './contract.ts';
import { createInvoiceStore, type InvoiceStore } from './invoice-store.ts';
import { createOutletStore, type OutletStore } from './outlet-store.ts';
import { createShippingStore, type ShippingStore } from './shipping-store.ts';
import { createVariantStore, type VariantStore } from './variant-store.ts';

export const officeSections = ['invoices', 'shipping', 'variants', 'activity'] as const;
export type OfficeSection = (typeof officeSections)[number];

export interface SectionState {
  section: OfficeSection;
  show(section: OfficeSection): void;
}

export interface BackOfficeStores {
  screen: StoreApi<SectionState>;
  outlets: OutletStore;
  invoices: InvoiceStore;
  shipping: ShippingStore;
  variants: VariantStore;
  activity: ActivityStore;
}

export function createBackOfficeStores(bridge: DealposBridge, cache: CatalogCache): BackOfficeStores {
  return {
    screen: createStore<SectionState>()((set) => ({
      section: 'invoices',
      show: (section) => set({ section }),
    })),
    outlets: createOutletStore(bridge),
    invoices: createInvoiceStore(bridge),
    shipping: createShippingStore(bridge),
    variants: createVariantStore(bridge, cache),
    activity: createActivityStore(bridge),
  };
}

let kept: { bridge: DealposBridge; stores: BackOfficeStores } | null = null;

/**
 * The screen's stores, kept for as long as the page lives: a shipping batch, an open invoice and
 * its last answer are still there after a trip to the Labels tab and back.
 */
export function keptBackOfficeStores(bridge: DealposBridge, cache: () => CatalogCache): BackOfficeStores {
  if (kept?.bridge !== bridge) kept = { bridge, stores: createBackOfficeStores(bridge, cache()) };
  return kept.stores;
}
