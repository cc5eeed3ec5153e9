import { Badge, Button, Text } from '@radix-ui/themes';
import { memo } from 'react';
import { PlainTable } from '../ui/plain-table.tsx';
import { stateColour } from './outcome-look.ts';
import type { LineView, UnexpectedView } from './receive-count.ts';
import type { OnlineLookup } from './receive-store.ts';
import { type ReceiveText, useReceiveText } from './use-receive-text.ts';

const num = (n: number) => n.toLocaleString('id-ID');

/** One line of the document; memoised so a scan repaints only the line it counted on. */
const LineRow = memo(function LineRow(props: {
  line: LineView;
  latest: boolean;
  t: ReceiveText;
  onCorrect?: (line: number) => void;
}) {
  const { line, t } = props;
  return (
    <tr data-line={line.index} data-state={line.state} data-latest={props.latest || undefined}>
      <td className="receive-code">{line.code}</td>
      <td>{line.name}</td>
      <td className="receive-number">{num(line.expected)}</td>
      <td className="receive-number receive-counted">{num(line.counted)}</td>
      <td>
        <Badge size="2" color={stateColour[line.state]} variant="solid">
          {t(`state.${line.state}`)}
        </Badge>
      </td>
      {props.onCorrect ? (
        <td>
          <Button
            size="1"
            variant="soft"
            color="gray"
            aria-label={t('table.correctLine', { name: line.name })}
            onClick={() => props.onCorrect?.(line.index)}
          >
            {t('table.correct')}
          </Button>
        </td>
      ) : null}
    </tr>
  );
});

/** Every line of the document with expected, counted and its state. */
export function CountLines(props: {
  lines: readonly LineView[];
  latest: number | null;
  onCorrect?: (line: number) => void;
}) {
  const t = useReceiveText();
  const columns = [
    t('table.code'),
    t('table.name'),
    { label: t('table.expected'), className: 'receive-number' },
    { label: t('table.counted'), className: 'receive-number' },
    t('table.state'),
    ...(props.onCorrect ? [{ label: t('table.correct'), className: 'receive-hidden-head' }] : []),
  ];
  return (
    <PlainTable
      frameClassName="receive-table-frame"
      className="receive-table"
      testId="receive-lines"
      columns={columns}
    >
      {props.lines.map((line) => (
        <LineRow
          key={line.index}
          line={line}
          latest={props.latest === line.index}
          t={t}
          {...(props.onCorrect ? { onCorrect: props.onCorrect } : {})}
        />
      ))}
    </PlainTable>
  );
}

/** Codes scanned that are not on the document, named when the catalog (or DealPOS) knows them. */
export function UnexpectedItems(props: {
  items: readonly UnexpectedView[];
  online: Record<string, OnlineLookup>;
  onLookUp?: (code: string) => void;
}) {
  const t = useReceiveText();
  if (props.items.length === 0)
    return (
      <Text size="2" color="gray">
        {t('unexpected.none')}
      </Text>
    );
  return (
    <PlainTable
      frameClassName="receive-table-frame"
      className="receive-table"
      testId="receive-unexpected"
      columns={[t('table.code'), t('table.name'), { label: t('table.counted'), className: 'receive-number' }]}
    >
      {props.items.map((item) => {
        const asked = props.online[item.code];
        return (
          <tr key={item.code} data-code={item.code} data-known={item.name !== null}>
            <td className="receive-code">{item.code}</td>
            <td>
              {item.name ?? (
                <>
                  <Text color="red" weight="bold">
                    {t('unexpected.unknownName')}
                  </Text>{' '}
                  {asked === 'asking' ? (
                    <Text size="2">{t('unexpected.asking')}</Text>
                  ) : asked === 'unknown' ? (
                    <Text size="2">{t('unexpected.notFound')}</Text>
                  ) : props.onLookUp ? (
                    <Button size="1" variant="soft" onClick={() => props.onLookUp?.(item.code)}>
                      {t('unexpected.lookUp')}
                    </Button>
                  ) : null}
                  {asked === 'error' ? <Text size="2"> {t('unexpected.error')}</Text> : null}
                </>
              )}
            </td>
            <td className="receive-number receive-counted">{num(item.counted)}</td>
          </tr>
        );
      })}
    </PlainTable>
  );
}
