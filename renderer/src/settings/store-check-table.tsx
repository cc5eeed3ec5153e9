import { Badge, Code, Text } from '@radix-ui/themes';
import { PlainTable } from '../ui/plain-table.tsx';
import type { ProbeResult } from './store-check-contract.ts';
import type { StoreCheckT } from './store-check-texts.ts';

const verdictColors = {
  use: 'green',
  'fall-back': 'amber',
  'cannot-work': 'red',
  'not-needed': 'gray',
  unknown: 'gray',
} as const;

const envelopes: Record<string, string> = {
  'bare-array': '[ … ]',
  Data: '{ Data: [ … ] }',
  DataArray: '{ DataArray: [ … ] }',
};

/** The shape in short: "5 rows · { DataArray: [ … ] } · RecordsCount −1 (unknown) · 25 fields". */
function shapeLine(result: ProbeResult, t: StoreCheckT): string | null {
  const { shape } = result;
  if (!shape || result.status === null || result.status >= 300) return null;
  const parts = [
    result.rows === null ? null : t('shape.rows', { count: result.rows }),
    envelopes[shape.envelope] ?? null,
    shape.recordsCount === 'minus-one' ? t('shape.countUnknown') : null,
    t('shape.fields', { count: Object.keys(shape.fields).length }),
  ];
  return parts.filter((part) => part !== null).join(' · ');
}

function Finding({ result, t }: { result: ProbeResult; t: StoreCheckT }) {
  const shape = shapeLine(result, t);
  return (
    <>
      <Text as="div">{t(`finding.${result.finding}`)}</Text>
      {result.issues.length > 0 ? (
        <ul className="store-check-issues">
          {result.issues.map((issue) => (
            <li key={`${issue.path}-${issue.code}`}>
              <Code>{issue.path || '(answer)'}</Code> {issue.expected ?? issue.code}
            </li>
          ))}
        </ul>
      ) : null}
      {shape ? (
        <Text as="div" size="2" color="gray">
          {shape}
        </Text>
      ) : null}
      {result.dealposMessage && result.finding !== 'no-such-record' ? (
        <Text as="div" size="2" color="gray">
          {t('dealposSays')} “{result.dealposMessage}”
        </Text>
      ) : null}
    </>
  );
}

/** One row per read: which read, DealPOS's status, what the check found, what the app will do. */
export function StoreCheckTable({ results, t }: { results: ProbeResult[]; t: StoreCheckT }) {
  return (
    <PlainTable
      frameClassName="store-check-frame"
      className="store-check-table"
      testId="store-check-table"
      columns={[t('column.read'), t('column.answer'), t('column.found'), t('column.action')]}
    >
      {results.map((result) => (
        <tr key={result.id} data-probe={result.id} data-verdict={result.verdict}>
          <th scope="row">
            <Text as="div">{t(`feature.${result.feature}`)}</Text>
            <Code size="1" variant="ghost">
              {result.operation}
            </Code>
          </th>
          <td className="store-check-status">{result.status ?? '—'}</td>
          <td>
            <Finding result={result} t={t} />
          </td>
          <td>
            <Badge size="2" color={verdictColors[result.verdict]} className="store-check-verdict">
              {t(`verdict.${result.verdict}`, {
                fallback: result.fallback ?? '',
                feature: t(`feature.${result.feature}`),
              })}
            </Badge>
          </td>
        </tr>
      ))}
    </PlainTable>
  );
}
