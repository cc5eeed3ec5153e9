import { Button, Flex, Heading, Kbd, Text, TextField } from '@radix-ui/themes';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { beep, prepareBeep } from '../scanner/beep.ts';
import { useAppStore, useStores } from '../stores/app-stores.ts';
import { SectionCard } from '../ui/section-card.tsx';
import { CorrectionDialog } from './correction-dialog.tsx';
import { CountLines, UnexpectedItems } from './count-lines.tsx';
import { FinishView, type FinishViewProps } from './finish-view.tsx';
import { answerBeep } from './outcome-look.ts';
import type { LastAnswer } from './receive-store.ts';
import { ScanAnswer } from './scan-answer.tsx';
import { useCountKeys } from './use-count-keys.ts';
import { useReceiveText } from './use-receive-text.ts';
import './receive.css';

/** Marks when a scan arrived and measures when its answer was painted (the bench reads it). */
function measureScanToPaint(): () => void {
  const start = performance.now();
  return () =>
    requestAnimationFrame(() =>
      setTimeout(() => performance.measure('receive-scan-to-paint', { start, end: performance.now() }), 0),
    );
}

const quantityOf = (text: string) => (text.trim() === '' ? 1 : Number(text));

/** Where a count goes when it is over: the report writers come in through here. */
export type ReceiveScreenProps = Pick<FinishViewProps, 'onExportReport' | 'onPrintCounted'>;

/**
 * Counting received goods against a bill or delivery (issue #15): every unit scanned (or a code
 * typed with a carton's quantity) is saved, then answered with a sound and a colour; the lines
 * show expected, counted and their state; Finish shows the differences.
 */
export function ReceiveScreen(props: ReceiveScreenProps) {
  const t = useReceiveText();
  const count = useAppStore('receive', (s) => s.count);
  const view = useAppStore('receive', (s) => s.view);
  const phase = useAppStore('receive', (s) => s.phase);
  const last = useAppStore('receive', (s) => s.last);
  const online = useAppStore('receive', (s) => s.online);
  const saveFailed = useAppStore('receive', (s) => s.saveFailed);
  const { receive } = useStores();
  // The store's actions never change: read them once.
  const actions = useMemo(() => receive.getState(), [receive]);
  const settings = useAppStore('scannerSettings', (s) => s.settings);
  const [code, setCode] = useState('');
  const [quantity, setQuantity] = useState('');
  const [correcting, setCorrecting] = useState<number | null>(null);
  const codeInput = useRef<HTMLInputElement>(null);
  const quantityRef = useRef(quantity);
  quantityRef.current = quantity;

  const answered = useCallback((answer: LastAnswer | null) => {
    const sound = answer ? answerBeep[answer.outcome] : null;
    if (sound) beep(sound);
  }, []);

  const count1 = useCallback(
    async (raw: string) => {
      const painted = measureScanToPaint();
      // A carton's quantity applies to the next code, scanned or typed, then goes back to one.
      const answer = await actions.scan(raw, quantityOf(quantityRef.current));
      answered(answer);
      if (answer && answer.outcome !== 'bad-quantity') setQuantity('');
      painted();
    },
    [actions, answered],
  );
  const undo = useCallback(async () => answered(await actions.undo()), [actions, answered]);

  useCountKeys({
    active: phase === 'counting' && correcting === null,
    settings,
    onScan: count1,
    onUndo: undo,
  });
  useEffect(prepareBeep, []);

  if (!count || !view) return null;
  const { totals } = view;
  const heading = (
    <Flex justify="between" align="center" gap="4" wrap="wrap">
      <Flex direction="column" gap="1">
        <Heading as="h1" size="7">
          {phase === 'finished' ? t('finished.title') : t('title')}
        </Heading>
        <Text size="3" color="gray" data-testid="receive-document">
          {t('document', {
            kind: t(count.document.kind),
            number: count.document.number,
            outlet: count.document.outlet,
          })}
        </Text>
      </Flex>
      <Button size="2" variant="soft" color="gray" onClick={actions.close}>
        {t('back')}
      </Button>
    </Flex>
  );
  if (phase === 'finished')
    return (
      <Flex direction="column" gap="5" className="receive-screen">
        {heading}
        <FinishView count={count} view={view} {...props} />
      </Flex>
    );

  const line = correcting === null ? null : (view.lines[correcting] ?? null);
  return (
    <Flex direction="column" gap="4" className="receive-screen">
      {heading}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void count1(code);
          setCode('');
          codeInput.current?.focus();
        }}
      >
        <Flex gap="3" align="end" wrap="wrap">
          <Flex direction="column" gap="1" className="receive-code-field">
            <Text as="label" size="2" weight="bold" htmlFor="receive-code">
              {t('code')}
            </Text>
            <TextField.Root
              id="receive-code"
              size="3"
              ref={codeInput}
              value={code}
              autoFocus
              autoComplete="off"
              placeholder={t('prompt')}
              onChange={(event) => setCode(event.target.value)}
            />
          </Flex>
          <Flex direction="column" gap="1" className="receive-quantity-field">
            <Text as="label" size="2" weight="bold" htmlFor="receive-quantity">
              {t('quantity')}
            </Text>
            <TextField.Root
              id="receive-quantity"
              size="3"
              inputMode="numeric"
              autoComplete="off"
              placeholder="1"
              value={quantity}
              onChange={(event) => setQuantity(event.target.value.replace(/\D+/g, ''))}
            />
          </Flex>
          <Button size="3" type="submit">
            {t('add')}
          </Button>
          <Button
            size="3"
            type="button"
            variant="soft"
            onClick={() => void undo()}
            disabled={count.steps.length === 0}
          >
            {t('undo')} <Kbd>{t('undoKey')}</Kbd>
          </Button>
          <Button size="3" type="button" color="green" onClick={actions.finish}>
            {t('finish')}
          </Button>
        </Flex>
        <Text size="1" color="gray">
          {t('quantityHint')}
        </Text>
      </form>
      {saveFailed ? (
        <Text color="red" role="alert">
          {t('saveFailed')}
        </Text>
      ) : null}
      <ScanAnswer last={last} view={view} />
      <Flex direction="column" gap="1">
        <progress
          className="receive-progress"
          max={Math.max(1, totals.expected)}
          value={totals.towardsExpected}
          aria-label={t('progress', { counted: totals.towardsExpected, expected: totals.expected })}
        />
        <Flex justify="between">
          <Text
            size="4"
            weight="bold"
            data-testid="receive-progress"
            data-counted={totals.counted}
            data-expected={totals.expected}
            data-unexpected={totals.unexpected}
          >
            {/* Towards the document: a unit over never makes up for one short. */}
            {t('progress', { counted: totals.towardsExpected, expected: totals.expected })}
            {totals.counted > totals.towardsExpected ? (
              <Text color="orange">
                {' '}
                · {t('progressOver', { over: totals.counted - totals.towardsExpected })}
              </Text>
            ) : null}
          </Text>
          <Text size="3" color="gray">
            {t('linesComplete', { complete: totals.linesComplete, lines: totals.lines })}
          </Text>
        </Flex>
      </Flex>
      <CountLines lines={view.lines} latest={last?.line ?? null} onCorrect={setCorrecting} />
      <SectionCard title={t('unexpected.heading')} gap="3">
        <UnexpectedItems
          items={view.unexpected}
          online={online}
          onLookUp={(c) => void actions.lookupOnline(c)}
        />
      </SectionCard>
      <CorrectionDialog
        line={line}
        onClose={() => {
          setCorrecting(null);
          codeInput.current?.focus();
        }}
        onSave={(to, reason) => actions.correct(correcting ?? -1, to, reason)}
      />
    </Flex>
  );
}
