import { Badge, Button, Callout, Flex, Heading, Text } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import { ErrorCallout } from '../errors/error-callout.tsx';
import { downloadCsv } from '../export/download-csv.ts';
import { dateTime } from '../i18n/format-time.ts';
import { useBackOffice } from './back-office-context.tsx';
import { resultColor } from './result-color.ts';
import { useBackOfficeText } from './use-back-office-text.ts';

/** Every write made from this counter, newest first, and the whole log as CSV. */
export function ActivityView() {
  const { t, language } = useBackOfficeText();
  const page = useBackOffice('activity', (s) => s.page);
  const error = useBackOffice('activity', (s) => s.error);
  const load = useBackOffice('activity', (s) => s.load);
  const exportCsv = useBackOffice('activity', (s) => s.exportCsv);
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<string | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const startExport = async () => {
    setExporting(true);
    setExported(null);
    const csv = await exportCsv();
    setExporting(false);
    if (!csv) return;
    downloadCsv(csv);
    setExported(csv.fileName);
  };

  return (
    <Flex direction="column" gap="4" data-testid="office-activity">
      <Flex justify="between" align="end" gap="3" wrap="wrap">
        <Flex direction="column" gap="1">
          <Heading as="h2" size="6">
            {t('activity.title')}
          </Heading>
          <Text size="3" color="gray" highContrast>
            {page && page.total > 0
              ? t('activity.count', { shown: page.entries.length, total: page.total })
              : t('activity.intro')}
          </Text>
        </Flex>
        <Flex gap="3">
          <Button size="3" variant="soft" onClick={() => void load()}>
            {t('activity.refresh')}
          </Button>
          <Button
            size="3"
            onClick={() => void startExport()}
            disabled={exporting || !page || page.total === 0}
          >
            {exporting ? t('activity.exporting') : t('activity.export')}
          </Button>
        </Flex>
      </Flex>
      {exported ? (
        <Callout.Root color="green" size="2" role="status">
          <Callout.Text size="3">{t('activity.exported', { file: exported })}</Callout.Text>
        </Callout.Root>
      ) : null}
      {error ? <ErrorCallout error={error} /> : null}
      {page && page.entries.length === 0 ? (
        <Text size="4" color="gray" highContrast>
          {t('activity.empty')}
        </Text>
      ) : null}
      {page && page.entries.length > 0 ? (
        // A plain table: Radix's Table wraps itself in a ScrollArea whose inline <style> the CSP refuses.
        <div className="office-table-frame">
          <table className="office-table" data-testid="activity-table">
            <thead>
              <tr>
                <th scope="col">{t('activity.time')}</th>
                <th scope="col">{t('activity.action')}</th>
                <th scope="col">{t('activity.document')}</th>
                <th scope="col">{t('activity.detail')}</th>
                <th scope="col">{t('activity.result')}</th>
                <th scope="col">{t('activity.message')}</th>
              </tr>
            </thead>
            <tbody>
              {page.entries.map((entry, i) => (
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
                  <td className="office-detail">{entry.detail}</td>
                  <td>
                    <Badge size="2" variant="soft" color={resultColor[entry.result]} highContrast>
                      {t(`results.${entry.result}`)}
                    </Badge>
                  </td>
                  <td className="office-detail">{entry.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Flex>
  );
}
