import { Badge, Text } from '@radix-ui/themes';
import { useEffect } from 'react';
import { LogFrame } from '../export/log-frame.tsx';
import { dateTime } from '../i18n/format-time.ts';
import { formatRupiah } from '../money/format-rupiah.ts';
import { useAppStore } from '../stores/app-stores.ts';
import { PlainTable } from '../ui/plain-table.tsx';
import { readableDetail } from './activity-detail.ts';
import { resultColor } from './result-color.ts';
import { useBackOfficeText } from './use-back-office-text.ts';

/** Every write made from this counter, newest first, and the whole log as CSV. */
export function ActivityView() {
  const { t, language } = useBackOfficeText();
  const page = useAppStore('activity', (s) => s.page);
  const error = useAppStore('activity', (s) => s.error);
  const load = useAppStore('activity', (s) => s.load);
  const exportCsv = useAppStore('activity', (s) => s.exportCsv);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <LogFrame
      testId="office-activity"
      texts={{
        title: t('activity.title'),
        summary:
          page && page.total > 0
            ? t('activity.count', { shown: page.entries.length, total: page.total })
            : t('activity.intro'),
        refresh: t('activity.refresh'),
        export: t('activity.export'),
        exporting: t('activity.exporting'),
        exported: (file) => t('activity.exported', { file }),
        empty: t('activity.empty'),
      }}
      count={page ? page.entries.length : null}
      canExport={!!page && page.total > 0}
      error={error}
      onRefresh={() => void load()}
      makeCsv={exportCsv}
    >
      <PlainTable
        frameClassName="office-table-frame"
        className="office-table"
        testId="activity-table"
        columns={[
          t('activity.time'),
          t('activity.action'),
          t('activity.document'),
          t('activity.detail'),
          t('activity.result'),
          t('activity.message'),
        ]}
      >
        {(page?.entries ?? []).map((entry, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the log has no ids; it is replaced whole on refresh
          <tr key={`${entry.at}-${i}`}>
            <td className="office-nowrap">{dateTime(entry.at, language)}</td>
            <td>{t(`actions.${entry.action}`)}</td>
            <th scope="row">
              {entry.document}
              {entry.outlet ? (
                <Text as="div" size="2" weight="regular" color="gray" highContrast>
                  {entry.outlet}
                </Text>
              ) : null}
            </th>
            <td className="office-detail">{readableDetail(entry.detail, t, formatRupiah)}</td>
            <td>
              <Badge size="2" variant="soft" color={resultColor[entry.result]} highContrast>
                {t(`results.${entry.result}`)}
              </Badge>
            </td>
            <td className="office-detail">{entry.message}</td>
          </tr>
        ))}
      </PlainTable>
    </LogFrame>
  );
}
