import { Badge, Card, Flex, Heading, Text } from '@radix-ui/themes';
import { clockTime } from '../i18n/format-time.ts';
import { useAppStore } from '../stores/app-stores.ts';
import { StatusBadge } from './customer-card.tsx';
import { resultColor } from './result-color.ts';
import { useCustomersText } from './use-customers-text.ts';

/** Customers looked up since the app started (main keeps the list): one click shows them again. */
export function RecentCustomers() {
  const { t, language } = useCustomersText();
  const recent = useAppStore('customers', (state) => state.recent);
  const current = useAppStore('customers', (state) => state.card?.code ?? null);
  const show = useAppStore('customers', (state) => state.show);

  return (
    <Flex direction="column" gap="3" asChild>
      <section aria-labelledby="customers-recent-title" data-testid="recent-customers">
        <Heading as="h2" size="5" id="customers-recent-title">
          {t('recent.title')}
        </Heading>
        {recent.length === 0 ? (
          <Text size="4" color="gray" highContrast>
            {t('recent.empty')}
          </Text>
        ) : (
          <Flex direction="column" gap="2" asChild>
            <ul className="recent-list">
              {recent.map(({ card, lastCheck }) => (
                <li key={card.code}>
                  <Card asChild size="2" className="recent-customer">
                    <button
                      type="button"
                      aria-current={card.code === current ? 'true' : undefined}
                      onClick={() => show(card)}
                    >
                      <Flex justify="between" align="center" gap="3" wrap="wrap">
                        <Flex direction="column" gap="1" minWidth="0">
                          <Text size="4" weight="bold" truncate>
                            {card.name}
                          </Text>
                          <Text size="3" color="gray" highContrast>
                            {card.code}
                          </Text>
                        </Flex>
                        <Flex gap="2" align="center" wrap="wrap" justify="end">
                          {card.statusKind === 'active' ? null : <StatusBadge card={card} size="2" />}
                          {lastCheck ? (
                            <Badge size="2" variant="soft" color={resultColor[lastCheck.result]} highContrast>
                              {t('recent.lastCheck', {
                                result: t(`results.${lastCheck.result}`),
                                time: clockTime(lastCheck.at, language),
                              })}
                            </Badge>
                          ) : (
                            <Text size="2" color="gray" highContrast>
                              {t('recent.notChecked')}
                            </Text>
                          )}
                        </Flex>
                      </Flex>
                    </button>
                  </Card>
                </li>
              ))}
            </ul>
          </Flex>
        )}
      </section>
    </Flex>
  );
}
