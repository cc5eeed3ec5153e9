import { Button, Callout, Card, Flex, Heading, Spinner, Text } from '@radix-ui/themes';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelDocumentKind } from '../bridge/contract.ts';
import { DealposReply } from '../errors/dealpos-reply.tsx';
import { describeError } from '../errors/describe-error.ts';
import { useAppStore } from '../stores/app-stores.ts';
import { SegmentedField } from '../ui/segmented-field.tsx';
import { SelectField } from '../ui/select-field.tsx';
import { TextInputField } from '../ui/text-input-field.tsx';
import { type LookupProblem, type LookupProblemKind, lookupErrorTexts } from './lookup-problem.ts';
import { type LabelsText, useLabelsText } from './use-labels-text.ts';

function ProblemCallout({
  problem,
  about,
}: {
  problem: LookupProblem;
  about: { kind: LabelDocumentKind; number: string; outlet: string } | null;
}) {
  const t = useLabelsText();
  const { t: appT } = useTranslation();
  const values = {
    kind: t(`document.${about?.kind ?? 'bill'}`).toLocaleLowerCase(),
    number: about?.number ?? '',
    outlet: about?.outlet ?? '',
  };
  const textOf = (kind: LookupProblemKind) => ({
    title: t(`problem.${kind}.title`, values),
    hint: t(`problem.${kind}.hint`),
  });
  // A failed call is told through describeError, in this screen's words for each kind.
  const text = problem.error
    ? describeError(problem.error, appT, lookupErrorTexts(textOf))
    : textOf(problem.kind);
  return (
    <Callout.Root
      color={problem.kind === 'unknown-number' ? 'amber' : 'red'}
      role="alert"
      size="2"
      data-problem={problem.kind}
    >
      <Flex direction="column" gap="1">
        <Callout.Text weight="bold">{text.title}</Callout.Text>
        <Callout.Text>{text.hint}</Callout.Text>
        {problem.dealposMessage ? <DealposReply message={problem.dealposMessage} /> : null}
      </Flex>
    </Callout.Root>
  );
}

const kindLabel = (t: LabelsText, kind: LabelDocumentKind) => t(`document.${kind}`);

/** Bill or delivery, the outlet, the number (typed, or scanned: a scanner types it and presses Enter). */
export function DocumentForm() {
  const t = useLabelsText();
  const kind = useAppStore('labels', (s) => s.kind);
  const outlet = useAppStore('labels', (s) => s.outlet);
  const outlets = useAppStore('labels', (s) => s.outlets);
  const number = useAppStore('labels', (s) => s.number);
  const lookingUp = useAppStore('labels', (s) => s.lookingUp);
  const problem = useAppStore('labels', (s) => s.problem);
  const problemFor = useAppStore('labels', (s) => s.problemFor);
  const document = useAppStore('labels', (s) => s.document);
  const fromRecent = useAppStore('labels', (s) => s.fromRecent);
  const fromScans = useAppStore('labels', (s) => s.fromScans);
  const setKind = useAppStore('labels', (s) => s.setKind);
  const setOutlet = useAppStore('labels', (s) => s.setOutlet);
  const setNumber = useAppStore('labels', (s) => s.setNumber);
  const lookUp = useAppStore('labels', (s) => s.lookUp);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void lookUp();
  };

  return (
    <Card size="3">
      <form onSubmit={submit} aria-busy={lookingUp}>
        <Flex direction="column" gap="4">
          <Heading as="h2" size="5">
            {t('document.heading')}
          </Heading>
          <SegmentedField
            labelId="labels-kind"
            label={t('document.kind')}
            labelAs="label"
            labelSize="2"
            value={kind}
            options={[
              { value: 'bill', label: kindLabel(t, 'bill') },
              { value: 'delivery', label: kindLabel(t, 'delivery') },
            ]}
            onValueChange={(value) => setKind(value === 'delivery' ? 'delivery' : 'bill')}
          />
          <Flex gap="3" wrap="wrap" align="end">
            <SelectField
              labelId="labels-outlet"
              label={t('document.outlet')}
              labelSize="2"
              minWidth="200px"
              value={outlet || undefined}
              options={outlets.map((name) => ({ value: name, label: name }))}
              onValueChange={setOutlet}
            />
            <TextInputField
              id="labels-number"
              label={t('document.number')}
              labelSize="2"
              flexGrow="1"
              minWidth="260px"
              value={number}
              placeholder={t('document.numberPlaceholder')}
              autoComplete="off"
              spellCheck={false}
              maxLength={60}
              // The number is what the person types or scans first.
              autoFocus
              onChange={(event) => setNumber(event.target.value)}
            />
            <Button type="submit" size="3" disabled={lookingUp || number.trim() === '' || outlet === ''}>
              {lookingUp ? <Spinner /> : null}
              {lookingUp ? t('document.lookingUp') : t('document.lookUp')}
            </Button>
          </Flex>
          <Text size="2" color="gray">
            {t('document.numberHint')}
          </Text>
          {problem ? <ProblemCallout problem={problem} about={problemFor} /> : null}
          {document && !problem ? (
            <Callout.Root color="green" size="1" role="status">
              <Callout.Text>
                {fromScans
                  ? t('document.fromScans', { count: document.lines.length })
                  : t('document.loaded', {
                      kind: kindLabel(t, document.kind),
                      number: document.number,
                      outlet: document.outlet,
                      count: document.lines.length,
                    })}{' '}
                {fromRecent
                  ? t('document.fromRecent', { when: new Date(document.fetchedAt).toLocaleString() })
                  : ''}
              </Callout.Text>
            </Callout.Root>
          ) : null}
        </Flex>
      </form>
    </Card>
  );
}
