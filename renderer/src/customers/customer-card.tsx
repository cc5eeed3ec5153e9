import { Avatar, Badge, Button, Callout, Card, DataList, Flex, Heading, Text } from '@radix-ui/themes';
import { dealposDate, points } from '../i18n/format-time.ts';
import { useAppStore } from '../stores/app-stores.ts';
import type { CustomerCard } from './contract.ts';
import { type CustomersT, useCustomersText } from './use-customers-text.ts';

const statusColor = { active: 'green', inactive: 'gray', suspended: 'red', other: 'orange' } as const;

/** DealPOS's status in the counter's language ("Other" statuses as DealPOS wrote them). */
export function statusText(card: Pick<CustomerCard, 'status' | 'statusKind'>, t: CustomersT): string {
  return card.statusKind === 'other' ? card.status : t(`card.${card.statusKind}`);
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return `${parts[0]?.[0] ?? ''}${parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : ''}`.toUpperCase();
}

export function StatusBadge({ card, size = '3' }: { card: CustomerCard; size?: '2' | '3' }) {
  const { t } = useCustomersText();
  return (
    <Badge
      size={size}
      color={statusColor[card.statusKind]}
      variant="soft"
      highContrast
      data-testid="customer-status"
    >
      {statusText(card, t)}
    </Badge>
  );
}

/** Who the customer is: photo, name, status, membership and points, as DealPOS has them. */
export function CustomerCardView({ card }: { card: CustomerCard }) {
  const { t, language } = useCustomersText();
  const photo = useAppStore('customers', (state) => state.photo);
  const closeCard = useAppStore('customers', (state) => state.closeCard);
  const group = card.group
    ? card.groupExpires
      ? t('card.groupUntil', { group: card.group, date: dealposDate(card.groupExpires, language) })
      : card.group
    : t('card.noGroup');

  return (
    <Card size="3" className="customer-card" data-testid="customer-card" aria-label={t('card.title')}>
      <Flex direction="column" gap="4">
        <Flex gap="4" align="center">
          <Avatar
            size="8"
            radius="large"
            src={photo ?? undefined}
            alt=""
            fallback={initials(card.name)}
            color={statusColor[card.statusKind]}
          />
          <Flex direction="column" gap="2" flexGrow="1" minWidth="0">
            <Heading as="h2" size="8" className="customer-name" data-testid="customer-name">
              {card.name}
            </Heading>
            <Flex gap="2" align="center" wrap="wrap">
              <StatusBadge card={card} />
              <Text size="5" weight="bold" className="customer-code">
                {card.code}
              </Text>
            </Flex>
          </Flex>
          <Button variant="soft" color="gray" size="2" onClick={closeCard}>
            {t('card.close')}
          </Button>
        </Flex>

        {card.statusKind === 'active' ? null : (
          <Callout.Root color="red" size="2" role="status">
            <Callout.Text size="4" weight="bold">
              {t('card.notActive', { status: statusText(card, t) })}
            </Callout.Text>
          </Callout.Root>
        )}

        <DataList.Root size="3" className="customer-details">
          <DataList.Item>
            <DataList.Label minWidth="140px">{t('card.points')}</DataList.Label>
            <DataList.Value>
              <Text size="6" weight="bold" data-testid="customer-points">
                {points(card.loyaltyPoints, language)}
              </Text>
            </DataList.Value>
          </DataList.Item>
          <DataList.Item>
            <DataList.Label minWidth="140px">{t('card.group')}</DataList.Label>
            <DataList.Value>{group}</DataList.Value>
          </DataList.Item>
          {card.joinDate ? (
            <DataList.Item>
              <DataList.Label minWidth="140px">{t('card.joined')}</DataList.Label>
              <DataList.Value>
                {card.signUpOutlet
                  ? `${dealposDate(card.joinDate, language)} · ${card.signUpOutlet}`
                  : dealposDate(card.joinDate, language)}
              </DataList.Value>
            </DataList.Item>
          ) : null}
          {card.mobilePhone ? (
            <DataList.Item>
              <DataList.Label minWidth="140px">{t('card.phone')}</DataList.Label>
              <DataList.Value>{card.mobilePhone}</DataList.Value>
            </DataList.Item>
          ) : null}
          {card.email ? (
            <DataList.Item>
              <DataList.Label minWidth="140px">{t('card.email')}</DataList.Label>
              <DataList.Value className="customer-email">{card.email}</DataList.Value>
            </DataList.Item>
          ) : null}
        </DataList.Root>
      </Flex>
    </Card>
  );
}
