import './customers.css';
import { Box, Button, Flex, Grid, Text } from '@radix-ui/themes';
import { useEffect, useRef } from 'react';
import { useAppStore, useStores } from '../stores/app-stores.ts';
import { AuditView } from './audit-view.tsx';
import { CustomerCardView } from './customer-card.tsx';
import { CustomerSearch, SearchProblem } from './customer-search.tsx';
import { PinPanel } from './pin-panel.tsx';
import { RecentCustomers } from './recent-customers.tsx';
import { useCustomersText } from './use-customers-text.ts';

/**
 * Customers: find a member (card scan, code, mobile number or email), see who they are, and
 * check their PIN on a keypad before points or a member price; the PIN check log for admins.
 * Main does every comparison: the PIN DealPOS keeps never reaches this page.
 */
export function CustomersScreen() {
  const { customers } = useStores();
  // A fresh start every visit: a half-typed PIN or an open card does not outlive leaving the screen.
  useEffect(() => () => customers.setState(customers.getInitialState(), true), [customers]);
  const view = useAppStore('customers', (state) => state.view);
  const loadRecent = useAppStore('customers', (state) => state.loadRecent);

  useEffect(() => {
    void loadRecent();
  }, [loadRecent]);

  return <Box className="customers-screen">{view === 'log' ? <LogView /> : <CheckView />}</Box>;
}

/** The check log is an admin's page: one step aside from the counter's work, and back. */
function LogView() {
  const { t } = useCustomersText();
  const setView = useAppStore('customers', (state) => state.setView);
  return (
    <Flex direction="column" gap="4">
      <Box>
        <Button size="3" variant="soft" onClick={() => setView('check')}>
          <span aria-hidden="true">←</span> {t('log.back')}
        </Button>
      </Box>
      <AuditView />
    </Flex>
  );
}

function LogButton() {
  const { t } = useCustomersText();
  const setView = useAppStore('customers', (state) => state.setView);
  return (
    <Box>
      <Button size="3" variant="soft" color="gray" onClick={() => setView('log')}>
        {t('log.open')}
      </Button>
    </Box>
  );
}

function CheckView() {
  const { t } = useCustomersText();
  const card = useAppStore('customers', (state) => state.card);
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // After the click that opened the screen has focused its tab (the browser does that once
    // the click's handlers are done), so a member card can be scanned straight away. Not when
    // someone is arrowing through the tabs with the keyboard: that would trap them here.
    const timer = setTimeout(() => {
      const focused = document.activeElement;
      const arrowingThroughTabs =
        focused?.getAttribute('role') === 'tab' && focused.matches(':focus-visible');
      if (!arrowingThroughTabs) searchRef.current?.focus();
    }, 0);
    return () => clearTimeout(timer);
  }, []);

  return (
    <Flex direction="column" gap="4">
      <CustomerSearch inputRef={searchRef} />
      <SearchProblem />
      {card ? (
        <Grid columns={{ initial: '1', md: '1fr 1fr' }} gap="5" align="start">
          <Flex direction="column" gap="5">
            <CustomerCardView card={card} />
            <RecentCustomers />
            <LogButton />
          </Flex>
          <PinPanel key={card.code} card={card} searchRef={searchRef} />
        </Grid>
      ) : (
        <Flex direction="column" gap="5">
          <Box py="4">
            <Text size="5" color="gray" highContrast>
              {t('search.start')}
            </Text>
          </Box>
          <RecentCustomers />
          <LogButton />
        </Flex>
      )}
    </Flex>
  );
}
