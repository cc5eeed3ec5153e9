import { Flex, Progress, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/stores-context.tsx';
import { formatCountdown, summarizeQuota } from './quota-summary.ts';
import { useTicking } from './use-ticking.ts';

/**
 * The account's DealPOS requests (50 per 180 s for the whole store): how many are left, when
 * the next one frees up (or when DealPOS lets requests through again), and how many wait.
 */
export function QuotaMeter() {
  const { t } = useTranslation();
  const quota = useSession((state) => state.quota);
  const hasDeadline = quota !== null && (quota.nextSlotAt !== null || quota.blockedUntil !== null);
  useTicking(hasDeadline);
  if (!quota) return null;

  const summary = summarizeQuota(quota, Date.now());
  const color = summary.remaining === 0 ? 'red' : summary.low ? 'amber' : 'green';
  const countdown = summary.countdown;
  const detail =
    countdown === null
      ? t('quota.full')
      : countdown.kind === 'blocked'
        ? t('quota.blocked', { time: formatCountdown(countdown.seconds) })
        : t('quota.nextIn', { time: formatCountdown(countdown.seconds) });

  return (
    <Flex
      direction="column"
      gap="1"
      className="quota-meter"
      role="group"
      aria-label={t('quota.title')}
      data-testid="quota-meter"
    >
      <Flex justify="between" align="baseline" gap="3">
        <Text size="3" color="gray" highContrast>
          {t('quota.title')}
        </Text>
        <Text size="5" weight="bold" data-testid="quota-left">
          {t('quota.left', { remaining: summary.remaining, limit: summary.limit })}
        </Text>
      </Flex>
      <Progress
        size="3"
        color={color}
        value={summary.share * 100}
        aria-label={t('quota.left', { remaining: summary.remaining, limit: summary.limit })}
      />
      <Flex justify="between" gap="3">
        <Text
          size="3"
          data-testid="quota-countdown"
          color={countdown?.kind === 'blocked' ? 'red' : undefined}
        >
          {detail}
        </Text>
        {summary.queued > 0 ? (
          <Text size="3" weight="bold" data-testid="quota-queued">
            {t('quota.queued', { count: summary.queued })}
          </Text>
        ) : null}
      </Flex>
    </Flex>
  );
}
