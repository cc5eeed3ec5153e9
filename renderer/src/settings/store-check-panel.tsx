import { Button, Flex, Text } from '@radix-ui/themes';
import { useEffect, useRef } from 'react';
import { ErrorCallout } from '../errors/error-callout.tsx';
import './store-check.css';
import { SectionCard } from '../ui/section-card.tsx';
import type { StoreCheckRun } from './store-check-contract.ts';
import { StoreCheckTable } from './store-check-table.tsx';
import { type StoreCheckT, useStoreCheckText } from './store-check-texts.ts';
import { useStoreCheck } from './use-store-check.ts';

function summary(run: StoreCheckRun, t: StoreCheckT): string {
  const count = (...verdicts: string[]) => run.results.filter((r) => verdicts.includes(r.verdict)).length;
  return t('summary', {
    use: count('use', 'not-needed'),
    fallBack: count('fall-back'),
    cannot: count('cannot-work'),
  });
}

/**
 * Settings' store check: what it will spend, first; then one press runs it, a bar shows how far
 * it is, and the table says per read what DealPOS answered and what the app will do. Save
 * report downloads the shapes-only JSON. The keys: Tab to "Run store check", Enter; when the
 * check is done the focus is on "Save report".
 */
export function StoreCheckPanel({ demo }: { demo: boolean }) {
  const { t } = useStoreCheckText();
  const { plan, running, progress, run, error, savedFile, start, save } = useStoreCheck();
  const saveButton = useRef<HTMLButtonElement>(null);
  const wasRunning = useRef(false);

  // When a check finishes here, Enter saves its report; opening Settings again moves no focus.
  useEffect(() => {
    if (wasRunning.current && !running && run) saveButton.current?.focus();
    wasRunning.current = running;
  }, [running, run]);

  const current = progress?.current ? plan?.operations.find((o) => o.id === progress.current) : undefined;

  return (
    <SectionCard title={t('title')} gap="3" testId="store-check">
      <Text as="p" size="3">
        {t('intro')}
      </Text>
      {plan ? (
        <Text as="p" size="3" weight="bold" data-testid="store-check-cost">
          {t('cost', { requests: plan.requests })}
        </Text>
      ) : null}
      {demo ? (
        <Text as="p" size="2" color="gray">
          {t('demo')}
        </Text>
      ) : null}
      <Flex align="center" gap="4" wrap="wrap">
        <Button size="3" disabled={running || !plan} onClick={() => void start()}>
          {run ? t('runAgain') : t('run')}
        </Button>
        {running ? (
          <Flex
            direction="column"
            gap="1"
            role="status"
            aria-live="polite"
            data-testid="store-check-progress"
          >
            <progress
              className="store-check-progress"
              value={progress?.done ?? 0}
              max={progress?.total ?? plan?.requests ?? 1}
            />
            <Text size="2">
              {t('running', { done: progress?.done ?? 0, total: progress?.total ?? plan?.requests ?? 0 })}
              {current ? ` — ${t('asking', { operation: current.operation })}` : ''}
            </Text>
          </Flex>
        ) : null}
      </Flex>
      {error ? <ErrorCallout error={error} /> : null}
      {run && !running ? (
        <Flex direction="column" gap="3">
          <Flex direction="column" gap="1">
            <Text size="3" weight="bold" data-testid="store-check-summary">
              {summary(run, t)}
            </Text>
            <Text size="2" color="gray" data-testid="store-check-spent">
              {t('spent', { spent: run.spent, requests: run.plan.requests })}
            </Text>
          </Flex>
          <StoreCheckTable results={run.results} t={t} />
          <Flex align="center" gap="4" wrap="wrap">
            <Button ref={saveButton} size="3" variant="soft" onClick={() => void save()}>
              {t('save')}
            </Button>
            {savedFile ? (
              <Text size="2" role="status">
                {t('saved', { file: savedFile })}
              </Text>
            ) : null}
          </Flex>
          <Text size="2" color="gray">
            {t('reportHint')}
          </Text>
        </Flex>
      ) : null}
    </SectionCard>
  );
}
