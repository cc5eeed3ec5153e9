import { Flex, Progress, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../stores/app-stores.ts';
import { useTicking } from '../ui/use-ticking.ts';
import { formatCountdown, summarizeQuota } from './quota-summary.ts';

/**
 * The account's DealPOS requests (50 per 180 s for the whole store): how many are left, when
 * the next one frees up (or when DealPOS lets requests through again), and how many wait.
 * Quiet while there are plenty; louder, and saying what slows down, once background work must
 * wait (at the reserve kept for the counter) and when nothing can be sent.
 */
export function QuotaMeter() {
  const { t } = useTranslation();
  const quota = useAppStore('session', (state) => state.quota);
  const hasDeadline = quota !== null && (quota.nextSlotAt !== null || quota.blockedUntil !== null);
  useTicking(hasDeadline);
  if (!quota) return null;

  const summary = summarizeQuota(quota, Date.now());
  const level =
    summary.remaining === 0 || summary.countdown?.kind === 'blocked' ? 'out' : summary.low ? 'low' : 'ok';
  const color = level === 'out' ? 'red' : level === 'low' ? 'amber' : 'gray';
  const countdown = summary.countdown;
  const detail =
    countdown === null
      ? t('quota.full')
      : countdown.kind === 'blocked'
        ? t('quota.blocked', { time: formatCountdown(countdown.seconds) })
        : t('quota.nextIn', { time: formatCountdown(countdown.seconds) });
  const left = t('quota.left', { remaining: summary.remaining, limit: summary.limit });

  return (
    <Flex
      direction="column"
      gap="1"
      className="quota-meter"
      role="group"
      aria-label={t('quota.title')}
      data-testid="quota-meter"
      data-level={level}
    >
      <Flex justify="between" align="baseline" gap="3">
        <Text size="1" color="gray">
          {t('quota.title')}
        </Text>
        <Text
          size="2"
          weight={level === 'ok' ? 'regular' : 'bold'}
          color={level === 'ok' ? 'gray' : color}
          data-testid="quota-left"
        >
          {left}
        </Text>
      </Flex>
      <Progress size="1" color={color} value={summary.share * 100} aria-label={left} />
      <Flex justify="between" gap="3">
        <Text size="1" color={countdown?.kind === 'blocked' ? 'red' : 'gray'} data-testid="quota-countdown">
          {detail}
        </Text>
        {summary.queued > 0 ? (
          <Text size="1" weight="bold" data-testid="quota-queued">
            {t('quota.queued', { count: summary.queued })}
          </Text>
        ) : null}
      </Flex>
      {level === 'ok' ? null : (
        <Text size="1" weight="medium" color={color} data-testid="quota-slowdown">
          {t(level === 'out' ? 'quota.outNote' : 'quota.lowNote')}
        </Text>
      )}
    </Flex>
  );
}
