import { createStore, type StoreApi } from 'zustand/vanilla';
// Brings the interface below into every program that builds this store.
import type {} from '../stores/app-stores.ts';
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
  /** Which desk of the back office shows. */
  office: StoreApi<SectionState>;
  outlets: OutletStore;
  invoices: InvoiceStore;
  shipping: ShippingStore;
  variants: VariantStore;
  activity: ActivityStore;
}

export function createBackOfficeStores(bridge: DealposBridge, cache: CatalogCache): BackOfficeStores {
  return {
    office: createStore<SectionState>()((set) => ({
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

// The app builds these once (app/app-stores.ts), so a shipping batch, an open invoice and its
// last answer are still there after a trip to the Labels tab and back.
declare module '../stores/app-stores.ts' {
  interface AppStores extends BackOfficeStores {}
}
