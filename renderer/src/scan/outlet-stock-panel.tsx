import { Button, Callout, Flex, Table, Text } from '@radix-ui/themes';
import { memo, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcResult, OutletStockFigures, StockEverywhereAnswer } from '../bridge/contract.ts';
import { describeError, type FeatureErrorTexts } from '../errors/describe-error.ts';
import { clockTime } from '../i18n/format-time.ts';
import { askOutletStock, type OutletStockState } from './outlet-stock.ts';
import { useScanText } from './use-scan-text.ts';

const idle: OutletStockState = { kind: 'idle' };

interface OutletStockPanelProps {
  code: string;
  /** The scan shown (its serial): a new scan, even of the same item, starts from the button again. */
  scan: number;
  ask(code: string): Promise<IpcResult<StockEverywhereAnswer>>;
}

/** "Stock in every outlet": one question to DealPOS, each outlet's figures, or why not. */
export function OutletStockPanel({ code, scan, ask }: OutletStockPanelProps) {
  // The answer belongs to the scan it was asked for: the panel's nodes stay from scan to scan
  // (no remount, bench/SCAN-TRACE.md), and an answer arriving after the next scan is not shown.
  const [answer, setAnswer] = useState<{ scan: number; state: OutletStockState }>({ scan, state: idle });
  const state = answer.scan === scan ? answer.state : idle;
  const asking = state.kind === 'asking';
  // One callback for every scan (it reads the scan shown when pressed), so the button does not
  // render again with each scan.
  const shown = useRef({ code, scan, ask });
  shown.current = { code, scan, ask };
  const onAsk = useCallback(async () => {
    const { code, scan, ask } = shown.current;
    setAnswer({ scan, state: { kind: 'asking' } });
    setAnswer({ scan, state: await askOutletStock(code, ask, () => navigator.onLine) });
  }, []);
  return (
    <div className="outlet-stock" data-testid="outlet-stock">
      <AskButton asking={asking} onAsk={onAsk} />
      <OutletStockResult state={state} />
    </div>
  );
}

const AskButton = memo(function AskButton({ asking, onAsk }: { asking: boolean; onAsk(): Promise<void> }) {
  const { t } = useScanText();
  return (
    <Flex>
      <Button size="3" variant="soft" disabled={asking} onClick={() => void onAsk()}>
        {asking ? t('everywhere.asking') : t('everywhere.open')}
      </Button>
    </Flex>
  );
});

function OutletStockResult({ state }: { state: OutletStockState }) {
  const { t } = useScanText();
  const { t: appT } = useTranslation();
  if (state.kind === 'idle' || state.kind === 'asking') return null;
  if (state.kind === 'offline' || state.kind === 'failed') {
    const unreachable = { title: t('everywhere.unreachable') };
    // The panel's own words where it has them; any other failure is the app's, after "DealPOS did not answer".
    const own: FeatureErrorTexts = {
      network: unreachable,
      timeout: unreachable,
      offline: unreachable,
      'rate-limited': { title: t('everywhere.quotaBusy') },
    };
    const message =
      state.kind === 'offline'
        ? t('everywhere.offline')
        : Object.hasOwn(own, state.error.kind)
          ? describeError(state.error, appT, own).title
          : t('everywhere.failed', { message: describeError(state.error, appT).title });
    return (
      <Callout.Root color={state.kind === 'offline' ? 'amber' : 'red'} size="2" role="alert">
        <Callout.Text size="3">{message}</Callout.Text>
      </Callout.Root>
    );
  }
  const { answer } = state;
  if (answer.kind === 'unknown-code') return <Text size="4">{t('everywhere.unknown')}</Text>;
  return (
    <OutletTable code={answer.code} outlets={answer.outlets} readAt={answer.readAt} here={answer.here} />
  );
}

interface OutletTableProps {
  code: string;
  outlets: OutletStockFigures[];
  readAt: number;
  /** The counter's own outlet, marked in its row. */
  here: string | null;
}

function OutletTable({ code, outlets, readAt, here }: OutletTableProps) {
  const { t, language } = useScanText();
  const n = (value: number) => value.toLocaleString(language);
  const sum = (pick: (o: OutletStockFigures) => number) => outlets.reduce((total, o) => total + pick(o), 0);
  return (
    <Flex direction="column" gap="1">
      <Table.Root size="1" variant="surface">
        {/* The caption names the table for a screen reader (Radix puts aria-label on its wrapper). */}
        <caption className="outlet-stock-caption">
          <Text size="3" weight="medium">
            {t('everywhere.title', { code })}
          </Text>{' '}
          <Text size="2" color="gray">
            · {t('everywhere.asOf', { time: clockTime(readAt, language) })}
          </Text>
        </caption>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeaderCell>{t('everywhere.outlet')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell justify="end">{t('everywhere.onHand')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell justify="end">{t('everywhere.allocated')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell justify="end">{t('everywhere.available')}</Table.ColumnHeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {outlets.map((o) => (
            <Table.Row key={o.outlet}>
              <Table.RowHeaderCell>
                {here !== null && o.outlet.toLowerCase() === here.toLowerCase() ? (
                  <Text weight="bold">{t('everywhere.here', { outlet: o.outlet })}</Text>
                ) : (
                  o.outlet
                )}
              </Table.RowHeaderCell>
              <Table.Cell justify="end">{n(o.onHand)}</Table.Cell>
              <Table.Cell justify="end">{n(o.allocated)}</Table.Cell>
              <Table.Cell justify="end">
                <Text weight="bold" color={o.available > 0 ? undefined : 'red'}>
                  {n(o.available)}
                </Text>
              </Table.Cell>
            </Table.Row>
          ))}
          <Table.Row>
            <Table.RowHeaderCell>
              <Text weight="bold">{t('everywhere.total')}</Text>
            </Table.RowHeaderCell>
            <Table.Cell justify="end">{n(sum((o) => o.onHand))}</Table.Cell>
            <Table.Cell justify="end">{n(sum((o) => o.allocated))}</Table.Cell>
            <Table.Cell justify="end">
              <Text weight="bold">{n(sum((o) => o.available))}</Text>
            </Table.Cell>
          </Table.Row>
        </Table.Body>
      </Table.Root>
    </Flex>
  );
}
