import {
  Badge,
  Button,
  Callout,
  Card,
  Flex,
  Heading,
  Progress,
  SegmentedControl,
  Text,
} from '@radix-ui/themes';
import { memo, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../errors/describe-error.ts';
import { formatCount } from '../i18n/format-count.ts';
import { useAppStore } from '../stores/app-stores.ts';
import { CalibrationDialog } from './calibration-dialog.tsx';
import { relativeAge } from './relative-age.ts';
import { useScanText } from './use-scan-text.ts';

const duration = (ms: number, language: string) => {
  const minutes = Math.ceil(ms / 60_000);
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: minutes >= 1 ? 'minute' : 'second',
    unitDisplay: 'long',
  }).format(minutes >= 1 ? minutes : Math.ceil(ms / 1000));
};

/** The catalog's size, age and completeness, the download with its progress, and the scanner tools. */
export const CatalogPanel = memo(function CatalogPanel() {
  const { t, language } = useScanText();
  const { t: appT } = useTranslation();
  // Field by field: a sync sets its status with every page, which only SyncProgress follows.
  const count = useAppStore('catalog', (s) => s.count);
  const completedAt = useAppStore('catalog', (s) => s.completedAt);
  const unfinished = useAppStore('catalog', (s) => s.unfinished);
  const syncing = useAppStore('catalog', (s) => s.syncing);
  const problem = useAppStore('catalog', (s) => s.problem);
  const sync = useAppStore('catalog', (s) => s.sync);
  const refreshEveryHours = useAppStore('scannerSettings', (s) => s.refreshEveryHours);
  const setRefreshEveryHours = useAppStore('scannerSettings', (s) => s.setRefreshEveryHours);

  const load = useAppStore('catalog', (s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Card size="3" className="catalog-panel" aria-label={t('catalog.title')}>
      <Flex direction="column" gap="3">
        <Flex justify="between" align="center" gap="3" wrap="wrap">
          <Heading size="5" as="h2">
            {t('catalog.title')}
          </Heading>
          <Flex gap="2" align="center">
            {count > 0 && <Badge size="3">{t('catalog.size', { n: formatCount(count, language) })}</Badge>}
            {count > 0 && (
              <Badge size="3" color={unfinished ? 'amber' : 'green'}>
                {unfinished ? t('catalog.incomplete') : t('catalog.complete')}
              </Badge>
            )}
          </Flex>
        </Flex>
        {count === 0 && !syncing && <Text size="4">{t('catalog.empty')}</Text>}
        {completedAt !== null && (
          <Text size="3" color="gray" data-testid="catalog-age">
            {t('catalog.age', { age: relativeAge(Date.now() - completedAt, language) })}
          </Text>
        )}
        {syncing && <SyncProgress />}
        {problem?.kind === 'mismatch' && (
          <Callout.Root color="amber">
            <Callout.Text>{t('catalog.mismatch')}</Callout.Text>
          </Callout.Root>
        )}
        {problem?.kind === 'failed' && (
          <Callout.Root color="red">
            <Callout.Text>
              {t('catalog.failed', { message: describeError(problem.error, appT).title })}
            </Callout.Text>
          </Callout.Root>
        )}
        <Flex gap="3" align="center" wrap="wrap">
          <Button size="3" disabled={syncing} onClick={() => void sync()}>
            {unfinished ? t('catalog.resume') : count > 0 ? t('catalog.refresh') : t('catalog.download')}
          </Button>
          <CalibrationDialog />
          <Flex gap="2" align="center">
            <Text size="3" id="refresh-every">
              {t('catalog.refreshEvery')}
            </Text>
            {/* A segmented control, not a Select: Radix's Select injects a <style> the CSP refuses. */}
            <SegmentedControl.Root
              aria-labelledby="refresh-every"
              value={String(refreshEveryHours)}
              onValueChange={(v) => setRefreshEveryHours(Number(v))}
            >
              <SegmentedControl.Item value="0">{t('catalog.never')}</SegmentedControl.Item>
              {[4, 12, 24, 72].map((hours) => (
                <SegmentedControl.Item key={hours} value={String(hours)}>
                  {t('catalog.hours', { n: hours })}
                </SegmentedControl.Item>
              ))}
            </SegmentedControl.Root>
          </Flex>
        </Flex>
      </Flex>
    </Card>
  );
});

/** The running sync's bar and figures: the only part of the panel that renders with each page. */
function SyncProgress() {
  const { t, language } = useScanText();
  const status = useAppStore('catalog', (s) => s.status);
  const percent =
    status && status.expected !== null && status.expected > 0
      ? Math.min(100, (status.fetched / status.expected) * 100)
      : null;
  return (
    <Flex direction="column" gap="2" role="status">
      <Text size="4" weight="medium">
        {t('catalog.syncing')}
      </Text>
      <Progress size="3" value={percent ?? undefined} aria-label={t('catalog.syncing')} />
      {status && (
        <Text size="3" data-testid="sync-progress">
          {status.expected === null
            ? t('catalog.progressUncounted', {
                fetched: formatCount(status.fetched, language),
                requests: status.requests,
              })
            : t('catalog.progress', {
                fetched: formatCount(status.fetched, language),
                expected: formatCount(status.expected, language),
                requests: status.requests,
              })}
          {status.etaMs ? ` · ${t('catalog.eta', { time: duration(status.etaMs, language) })}` : ''}
        </Text>
      )}
    </Flex>
  );
}
