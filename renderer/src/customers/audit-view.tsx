import { Badge, Button, Callout, Flex, Heading, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { ErrorCallout } from '../errors/error-callout.tsx';
import { downloadCsv } from '../export/download-csv.ts';
import { dateTime } from '../i18n/format-time.ts';
import { useCustomers } from './customers-context.tsx';
import { resultColor } from './result-color.ts';
import { useCustomersText } from './use-customers-text.ts';

/** The PIN check log (main keeps the newest 10,000), newest first, and its CSV export. */
export function AuditView() {
  const { t, language } = useCustomersText();
  const audit = useCustomers((state) => state.audit);
  const error = useCustomers((state) => state.auditError);
  const loadAudit = useCustomers((state) => state.loadAudit);
  const exportAudit = useCustomers((state) => state.exportAudit);
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<string | null>(null);

  const exportCsv = async () => {
    setExporting(true);
    setExported(null);
    const csv = await exportAudit();
    setExporting(false);
    if (!csv) return;
    downloadCsv(csv);
    setExported(csv.fileName);
  };

  return (
    <Flex direction="column" gap="4" data-testid="pin-audit">
      <Flex justify="between" align="end" gap="3" wrap="wrap">
        <Flex direction="column" gap="1">
          <Heading as="h2" size="6">
            {t('log.title')}
          </Heading>
          {audit && audit.total > 0 ? (
            <Text size="3" color="gray" highContrast>
              {t('log.count', { shown: audit.entries.length, total: audit.total })}
            </Text>
          ) : null}
        </Flex>
        <Flex gap="3">
          <Button size="3" variant="soft" onClick={() => void loadAudit()}>
            {t('log.refresh')}
          </Button>
          <Button
            size="3"
            onClick={() => void exportCsv()}
            disabled={exporting || !audit || audit.total === 0}
          >
            {exporting ? t('log.exporting') : t('log.export')}
          </Button>
        </Flex>
      </Flex>
      {exported ? (
        <Callout.Root color="green" size="2" role="status">
          <Callout.Text size="3">{t('log.exported', { file: exported })}</Callout.Text>
        </Callout.Root>
      ) : null}
      {error ? <ErrorCallout error={error} /> : null}
      {audit && audit.entries.length === 0 ? (
        <Text size="4" color="gray" highContrast>
          {t('log.empty')}
        </Text>
      ) : null}
      {audit && audit.entries.length > 0 ? (
        // A plain table: Radix's Table wraps itself in a ScrollArea whose inline <style> the CSP refuses.
        <div className="audit-table-frame">
          <table className="audit-table">
            <thead>
              <tr>
                <th scope="col">{t('log.time')}</th>
                <th scope="col">{t('log.outlet')}</th>
                <th scope="col">{t('log.customer')}</th>
                <th scope="col">{t('log.result')}</th>
              </tr>
            </thead>
            <tbody>
              {audit.entries.map((entry, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the log has no ids; it is replaced whole on refresh
                <tr key={`${entry.at}-${i}`}>
                  <td>{dateTime(entry.at, language)}</td>
                  <td>{entry.outlet ?? '—'}</td>
                  <th scope="row">{entry.customerCode}</th>
                  <td>
                    <Badge size="2" variant="soft" color={resultColor[entry.result]} highContrast>
                      {t(`results.${entry.result}`)}
                    </Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Flex>
  );
}
