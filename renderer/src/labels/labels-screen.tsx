import { Card, Flex, Grid, Heading, Text } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import { useBarcodeEngine } from './barcode/use-barcode-engine.ts';
import { DocumentForm } from './document-form.tsx';
import { JobOptions } from './job-options.tsx';
import { LabelPreview } from './label-preview.tsx';
import { LinesTable } from './lines-table.tsx';
import { PrintActions } from './print-actions.tsx';
import { ProfileDialog } from './profile-dialog.tsx';
import { RecentDocuments } from './recent-documents.tsx';
import { useLabelsText } from './use-labels-text.ts';
import './labels.css';
import {
  CheckReceivedButton,
  CountsInProgress,
  ReceiveOnLabels,
  useReceiving,
} from '../receive/receive-entry.tsx';
import { useAppStore } from '../stores/app-stores.ts';

function LabelsJob() {
  const t = useLabelsText();
  const engine = useBarcodeEngine();
  const [editingProfiles, setEditingProfiles] = useState(false);
  const document = useAppStore('labels', (s) => s.document);
  const fromScans = useAppStore('labels', (s) => s.fromScans);
  const { profile, rows, totals, view } = useAppStore('labels', (state) => state.selectJob(state));

  return (
    <>
      {document ? (
        <Card size="3">
          {!fromScans ? <CheckReceivedButton document={document} /> : null}
          <LinesTable
            key={`${document.kind}/${document.outlet}/${document.number}/${document.fetchedAt}`}
            rows={rows}
            totals={totals}
            profile={engine ? profile : null}
          />
        </Card>
      ) : null}
      <Grid columns={{ initial: '1', md: '400px 1fr' }} gap="5" align="start">
        <JobOptions onEditProfiles={() => setEditingProfiles(true)} />
        <Flex direction="column" gap="4">
          <LabelPreview job={engine ? view : null} />
          {!document ? (
            <Text size="2" color="gray">
              {t('lead')}
            </Text>
          ) : null}
        </Flex>
      </Grid>
      {document ? (
        // Print stays in sight however long the document: the bar sticks to the window's bottom.
        <div className="labels-print-bar" data-testid="labels-print-bar">
          <PrintActions labels={totals.labels} profile={profile} />
        </div>
      ) : null}
      <ProfileDialog open={editingProfiles} onOpenChange={setEditingProfiles} />
    </>
  );
}

/**
 * Barcode labels from supplier bills and outlet deliveries (issue #5): look a document up,
 * choose copies, price and label size, see the pages, print or save them. The store outlives
 * the screen (the app's stores), so switching tabs keeps the job.
 */
export function LabelsScreen() {
  const t = useLabelsText();
  const start = useAppStore('labels', (s) => s.start);
  useEffect(() => {
    void start();
  }, [start]);
  // Checking received goods (#15) takes the tab over until it is closed.
  const receiving = useReceiving();
  if (receiving) return <ReceiveOnLabels />;

  return (
    <Flex direction="column" gap="5" className="labels-screen">
      <Heading as="h1" size="7">
        {t('title')}
      </Heading>
      <Grid columns={{ initial: '1', md: '3fr 2fr' }} gap="5" align="start">
        <DocumentForm />
        <Flex direction="column" gap="5">
          <CountsInProgress />
          <RecentDocuments />
        </Flex>
      </Grid>
      <LabelsJob />
    </Flex>
  );
}
