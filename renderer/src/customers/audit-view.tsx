import { Badge, Text } from '@radix-ui/themes';
import { LogFrame } from '../export/log-frame.tsx';
import { dateTime } from '../i18n/format-time.ts';
import { useAppStore } from '../stores/app-stores.ts';
import { PlainTable } from '../ui/plain-table.tsx';
import { resultColor } from './result-color.ts';
import { useCustomersText } from './use-customers-text.ts';

/** The PIN check log (main keeps the newest 10,000), newest first, and its CSV export. */
export function AuditView() {
  const { t, language } = useCustomersText();
  const audit = useAppStore('customers', (state) => state.audit);
  const error = useAppStore('customers', (state) => state.auditError);
  const loadAudit = useAppStore('customers', (state) => state.loadAudit);
  const exportAudit = useAppStore('customers', (state) => state.exportAudit);

  return (
    <LogFrame
      testId="pin-audit"
      texts={{
        title: t('log.title'),
        summary:
          audit && audit.total > 0
            ? t('log.count', { shown: audit.entries.length, total: audit.total })
            : null,
        refresh: t('log.refresh'),
        export: t('log.export'),
        exporting: t('log.exporting'),
        exported: (file) => t('log.exported', { file }),
        empty: t('log.empty'),
      }}
      count={audit ? audit.entries.length : null}
      canExport={!!audit && audit.total > 0}
      error={error}
      onRefresh={() => void loadAudit()}
      makeCsv={exportAudit}
    >
      <PlainTable
        frameClassName="audit-table-frame"
        className="audit-table"
        columns={[t('log.time'), t('log.outlet'), t('log.customer'), t('log.result')]}
      >
        {(audit?.entries ?? []).map((entry, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the log has no ids; it is replaced whole on refresh
          <tr key={`${entry.at}-${i}`}>
            <td>{dateTime(entry.at, language)}</td>
            <td>{entry.outlet ?? '—'}</td>
            <th scope="row">{entry.customerCode}</th>
            <td>
              <Badge size="2" variant="soft" color={resultColor[entry.result]} highContrast>
                {t(`results.${entry.result}`)}
              </Badge>
              {entry.approvedBy ? (
                <Text as="div" size="2" color="gray" highContrast>
                  {t('log.approvedBy', { name: entry.approvedBy })}
                </Text>
              ) : null}
            </td>
          </tr>
        ))}
      </PlainTable>
    </LogFrame>
  );
}
