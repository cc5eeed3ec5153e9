import { Button, Callout, Flex, Heading, Text } from '@radix-ui/themes';
import { type ReactNode, useState } from 'react';
import type { IpcError } from '../bridge/contract.ts';
import { ErrorCallout } from '../errors/error-callout.tsx';
import { type CsvFile, downloadCsv } from './download-csv.ts';

export interface LogFrameTexts {
  title: string;
  /** Under the title: how many entries are shown, or an introduction; null for nothing. */
  summary: string | null;
  refresh: string;
  export: string;
  exporting: string;
  exported(fileName: string): string;
  empty: string;
}

interface LogFrameProps {
  testId: string;
  texts: LogFrameTexts;
  /** Entries shown; null while not loaded yet. */
  count: number | null;
  /** Whether the whole log has anything to export. */
  canExport: boolean;
  error: IpcError | null;
  onRefresh(): void;
  /** Main builds the CSV; null when it could not (the error shows why). */
  makeCsv(): Promise<CsvFile | null>;
  /** The table of entries, shown when there is at least one. */
  children: ReactNode;
}

/** A log view (the PIN checks, the back-office writes): title, refresh, CSV export, empty state. */
export function LogFrame({
  testId,
  texts,
  count,
  canExport,
  error,
  onRefresh,
  makeCsv,
  children,
}: LogFrameProps) {
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<string | null>(null);

  const startExport = async () => {
    setExporting(true);
    setExported(null);
    const csv = await makeCsv();
    setExporting(false);
    if (!csv) return;
    downloadCsv(csv);
    setExported(csv.fileName);
  };

  return (
    <Flex direction="column" gap="4" data-testid={testId}>
      <Flex justify="between" align="end" gap="3" wrap="wrap">
        <Flex direction="column" gap="1">
          <Heading as="h2" size="6">
            {texts.title}
          </Heading>
          {texts.summary ? (
            <Text size="3" color="gray" highContrast>
              {texts.summary}
            </Text>
          ) : null}
        </Flex>
        <Flex gap="3">
          <Button size="3" variant="soft" onClick={onRefresh}>
            {texts.refresh}
          </Button>
          <Button size="3" onClick={() => void startExport()} disabled={exporting || !canExport}>
            {exporting ? texts.exporting : texts.export}
          </Button>
        </Flex>
      </Flex>
      {exported ? (
        <Callout.Root color="green" size="2" role="status">
          <Callout.Text size="3">{texts.exported(exported)}</Callout.Text>
        </Callout.Root>
      ) : null}
      {error ? <ErrorCallout error={error} /> : null}
      {count === 0 ? (
        <Text size="4" color="gray" highContrast>
          {texts.empty}
        </Text>
      ) : null}
      {count !== null && count > 0 ? children : null}
    </Flex>
  );
}
