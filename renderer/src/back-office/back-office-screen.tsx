import './back-office.css';
import { Box, Tabs } from '@radix-ui/themes';
import { useAppStore } from '../stores/app-stores.ts';
import { ActivityView } from './activity-view.tsx';
import { type OfficeSection, officeSections } from './back-office-stores.ts';
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
  const { t } = useBackOfficeText();
  const section = useAppStore('office', (s) => s.section);
  const show = useAppStore('office', (s) => s.show);
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
