import './back-office.css';
import { Box, Tabs } from '@radix-ui/themes';
import { useState } from 'react';
import { useCatalogDb } from '../app/stores-context.tsx';
import { useCatalogStore } from '../scan/catalog-context.tsx';
import { ActivityView } from './activity-view.tsx';
import { BackOfficeProvider, useBackOffice } from './back-office-context.tsx';
import { keptBackOfficeStores, type OfficeSection, officeSections } from './back-office-stores.ts';
import { bridge } from './bridge.ts';
import { dexieCatalogCache } from './dexie-catalog-cache.ts';
import { InvoicesPanel } from './invoices-panel.tsx';
import { ShippingPanel } from './shipping-panel.tsx';
import { useBackOfficeText } from './use-back-office-text.ts';
import { VariantsPanel } from './variants-panel.tsx';

const isSection = (value: string): value is OfficeSection =>
  (officeSections as readonly string[]).includes(value);

/**
 * The supervisor's desk: void, restore or erase an invoice; put a courier's tracking number on
 * sales orders, one or a batch at the shipping desk; quick variant edits; and the log of every
 * write made from here. Each write is one request to DealPOS, confirmed first, never resent.
 */
export function BackOfficeScreen() {
  const catalog = useCatalogStore();
  const db = useCatalogDb();
  const [stores] = useState(() =>
    // The scan feature's catalog: the same database, and its own lookup so both agree on a code.
    keptBackOfficeStores(bridge(), () => dexieCatalogCache(db, (code) => catalog.getState().find(code))),
  );
  return (
    <BackOfficeProvider stores={stores}>
      <BackOfficeSections />
    </BackOfficeProvider>
  );
}

function BackOfficeSections() {
  const { t } = useBackOfficeText();
  const section = useBackOffice('screen', (s) => s.section);
  const show = useBackOffice('screen', (s) => s.show);
  return (
    <Box className="office-screen">
      <Tabs.Root value={section} onValueChange={(value) => isSection(value) && show(value)}>
        <Tabs.List size="2" aria-label={t('screen.sections')} className="office-tabs">
          {officeSections.map((name) => (
            <Tabs.Trigger key={name} value={name}>
              {t(`screen.${name}`)}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        <Box pt="5">
          <Tabs.Content value="invoices">
            <InvoicesPanel />
          </Tabs.Content>
          <Tabs.Content value="shipping">
            <ShippingPanel />
          </Tabs.Content>
          <Tabs.Content value="variants">
            <VariantsPanel />
          </Tabs.Content>
          <Tabs.Content value="activity">
            <ActivityView />
          </Tabs.Content>
        </Box>
      </Tabs.Root>
    </Box>
  );
}
